"""Promotions and payments. No open issue covers them yet; the app is registered so that its first
migration lands in the same database as the others when one does."""
