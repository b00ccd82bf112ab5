"""What the seller is told: a short title and an explanation with the fix, per code and language.

Every code of RULES.md (photo codes included) has a text in English, Russian, Kazakh,
Azerbaijani and Georgian. `reason(code, lang)` falls back to English for an unknown language and
to a generic text for an unknown code.
"""

from __future__ import annotations

LANGUAGES = ("en", "ru", "kk", "az", "ka")

# code -> {lang: (title, explanation)}
REASONS: dict[str, dict[str, tuple[str, str]]] = {
    # --- contact ---
    "contact.phone": {
        "en": (
            "Phone number in the text",
            "Remove the phone number from the title and description (also spelled out or split). Enter it only in the phone field.",
        ),
        "ru": (
            "Телефон в тексте",
            "Уберите номер телефона из заголовка и описания (в том числе написанный словами или с пробелами). Укажите его только в поле «Телефон».",
        ),
        "kk": (
            "Мәтінде телефон нөмірі бар",
            "Телефон нөмірін тақырып пен сипаттамадан алып тастаңыз (сөзбен немесе бөліп жазылғанын да). Оны тек «Телефон» өрісіне жазыңыз.",
        ),
        "az": (
            "Mətndə telefon nömrəsi",
            "Telefon nömrəsini başlıqdan və təsvirdən silin (sözlə və ya ayrı-ayrı yazılmışı da). Nömrəni yalnız «Telefon» sahəsində göstərin.",
        ),
        "ka": (
            "ტელეფონის ნომერი ტექსტში",
            "წაშალეთ ტელეფონის ნომერი სათაურიდან და აღწერიდან (სიტყვებით ან დაშორებით დაწერილიც). მიუთითეთ ის მხოლოდ „ტელეფონის“ ველში.",
        ),
    },
    "contact.email": {
        "en": (
            "E-mail in the text",
            "Remove the e-mail address from the title and description. Enter it only in the e-mail field.",
        ),
        "ru": (
            "E-mail в тексте",
            "Уберите адрес электронной почты из заголовка и описания. Укажите его только в поле «E-mail».",
        ),
        "kk": (
            "Мәтінде e-mail бар",
            "Электрондық пошта мекенжайын тақырып пен сипаттамадан алып тастаңыз. Оны тек «E-mail» өрісіне жазыңыз.",
        ),
        "az": (
            "Mətndə e-poçt ünvanı",
            "E-poçt ünvanını başlıqdan və təsvirdən silin. Onu yalnız «E-poçt» sahəsində göstərin.",
        ),
        "ka": (
            "ელფოსტა ტექსტში",
            "წაშალეთ ელფოსტის მისამართი სათაურიდან და აღწერიდან. მიუთითეთ ის მხოლოდ ელფოსტის ველში.",
        ),
    },
    "contact.url": {
        "en": (
            "Web address in the text",
            "Remove links and site names. Describe the item in the ad itself instead of linking elsewhere.",
        ),
        "ru": (
            "Ссылка в тексте",
            "Уберите ссылки и адреса сайтов. Опишите товар в самом объявлении, а не ссылкой на другой ресурс.",
        ),
        "kk": (
            "Мәтінде сілтеме бар",
            "Сілтемелер мен сайт мекенжайларын алып тастаңыз. Тауарды басқа ресурсқа сілтеме арқылы емес, хабарландырудың өзінде сипаттаңыз.",
        ),
        "az": (
            "Mətndə keçid",
            "Keçidləri və sayt ünvanlarını silin. Məhsulu başqa resursa keçidlə deyil, elanın özündə təsvir edin.",
        ),
        "ka": (
            "ბმული ტექსტში",
            "წაშალეთ ბმულები და საიტების მისამართები. აღწერეთ ნივთი თავად განცხადებაში და არა სხვა რესურსის ბმულით.",
        ),
    },
    "contact.social": {
        "en": (
            "Messenger or social account in the text",
            "Remove WhatsApp, Telegram, Instagram and other handles or invitations. Buyers contact you through the contact fields.",
        ),
        "ru": (
            "Мессенджер или соцсеть в тексте",
            "Уберите ники и приглашения в WhatsApp, Telegram, Instagram и другие сети. Покупатели свяжутся с вами через контактные поля.",
        ),
        "kk": (
            "Мәтінде мессенджер не әлеуметтік желі",
            "WhatsApp, Telegram, Instagram және басқа желілердегі аттар мен шақыруларды алып тастаңыз. Сатып алушылар сізбен байланыс өрістері арқылы хабарласады.",
        ),
        "az": (
            "Mətndə messencer və ya sosial şəbəkə",
            "WhatsApp, Telegram, Instagram və digər şəbəkələrdəki adları və dəvətləri silin. Alıcılar sizinlə əlaqə sahələri vasitəsilə əlaqə saxlayacaq.",
        ),
        "ka": (
            "მესენჯერი ან სოციალური ქსელი ტექსტში",
            "წაშალეთ WhatsApp-ის, Telegram-ის, Instagram-ის და სხვა ქსელების სახელები და მოწვევები. მყიდველები დაგიკავშირდებიან საკონტაქტო ველებით.",
        ),
    },
    "contact.third_party": {
        "en": (
            "Contact used by another account",
            "The phone or e-mail in your contact fields belongs to another account. Give your own contacts; a moderator will check the ad.",
        ),
        "ru": (
            "Контакт другого аккаунта",
            "Телефон или e-mail в контактах уже используется другим аккаунтом. Укажите свои контакты; объявление проверит модератор.",
        ),
        "kk": (
            "Басқа аккаунттың байланысы",
            "Байланыс өрістеріндегі телефон не e-mail басқа аккаунтта қолданылады. Өз байланысыңызды көрсетіңіз; хабарландыруды модератор тексереді.",
        ),
        "az": (
            "Başqa hesabın əlaqə vasitəsi",
            "Əlaqə sahələrindəki telefon və ya e-poçt başqa hesabda istifadə olunur. Öz əlaqə vasitələrinizi göstərin; elanı moderator yoxlayacaq.",
        ),
        "ka": (
            "სხვა ანგარიშის კონტაქტი",
            "საკონტაქტო ველებში მითითებული ტელეფონი ან ელფოსტა სხვა ანგარიშს ეკუთვნის. მიუთითეთ საკუთარი კონტაქტი; განცხადებას მოდერატორი შეამოწმებს.",
        ),
    },
    # --- title ---
    "title.caps": {
        "en": (
            "Capital letters in the title",
            "Write the title in normal case. Only abbreviations may be in capitals (BMW, LED TV): 'Samsung Galaxy', not 'SAMSUNG Galaxy'.",
        ),
        "ru": (
            "Заглавные буквы в заголовке",
            "Пишите заголовок обычными буквами. Заглавными можно писать только аббревиатуры (BMW, LED TV): «Samsung Galaxy», а не «SAMSUNG Galaxy».",
        ),
        "kk": (
            "Тақырыпта бас әріптер",
            "Тақырыпты кәдімгі әріптермен жазыңыз. Бас әріппен тек қысқартулар жазылады (BMW, LED TV): «SAMSUNG Galaxy» емес, «Samsung Galaxy».",
        ),
        "az": (
            "Başlıqda böyük hərflər",
            "Başlığı adi hərflərlə yazın. Yalnız abreviaturalar böyük hərflə ola bilər (BMW, LED TV): «SAMSUNG Galaxy» yox, «Samsung Galaxy».",
        ),
        "ka": (
            "სათაურში ლათინური მთავრული ასოები",
            "სათაური ჩვეულებრივი ასოებით დაწერეთ. მთავრულით მხოლოდ აბრევიატურები შეიძლება (BMW, LED TV): „Samsung Galaxy“ და არა „SAMSUNG Galaxy“.",
        ),
    },
    "title.symbols": {
        "en": (
            "Symbols or emoji in the title",
            "Remove decoration such as * ^ @ < > ~ = # $ ★, emoji and repeated !! or ??.",
        ),
        "ru": ("Символы или эмодзи в заголовке", "Уберите украшения: * ^ @ < > ~ = # $ ★, эмодзи и повторы !! или ??."),
        "kk": (
            "Тақырыпта таңбалар не эмодзи",
            "Әшекейлерді алып тастаңыз: * ^ @ < > ~ = # $ ★, эмодзи және қайталанған !! не ??.",
        ),
        "az": (
            "Başlıqda simvollar və ya emoji",
            "Bəzək simvollarını silin: * ^ @ < > ~ = # $ ★, emoji və təkrarlanan !! və ya ??.",
        ),
        "ka": (
            "სიმბოლოები ან ემოჯი სათაურში",
            "წაშალეთ დეკორაცია: * ^ @ < > ~ = # $ ★, ემოჯი და განმეორებითი !! ან ??.",
        ),
    },
    "title.length": {
        "en": (
            "Title too long",
            "Shorten the title to the site's limit (100 characters): name the item, brand and model.",
        ),
        "ru": (
            "Слишком длинный заголовок",
            "Сократите заголовок до лимита сайта (100 символов): укажите товар, марку и модель.",
        ),
        "kk": (
            "Тақырып тым ұзын",
            "Тақырыпты сайт шегіне дейін қысқартыңыз (100 таңба): тауарды, маркасын және моделін көрсетіңіз.",
        ),
        "az": (
            "Başlıq çox uzundur",
            "Başlığı saytın limitinə qədər qısaldın (100 simvol): məhsulu, markanı və modeli göstərin.",
        ),
        "ka": (
            "სათაური ძალიან გრძელია",
            "შეამოკლეთ სათაური საიტის ლიმიტამდე (100 სიმბოლო): მიუთითეთ ნივთი, ბრენდი და მოდელი.",
        ),
    },
    "title.price": {
        "en": ("Price in the title", "Remove the price from the title and enter it in the price field."),
        "ru": ("Цена в заголовке", "Уберите цену из заголовка и укажите её в поле «Цена»."),
        "kk": ("Тақырыпта баға бар", "Бағаны тақырыптан алып тастап, «Баға» өрісіне жазыңыз."),
        "az": ("Başlıqda qiymət", "Qiyməti başlıqdan silin və «Qiymət» sahəsində göstərin."),
        "ka": ("ფასი სათაურში", "წაშალეთ ფასი სათაურიდან და მიუთითეთ ის ფასის ველში."),
    },
    "title.attention": {
        "en": (
            "Attention-grabbing words in the title",
            "Remove words like 'urgent', 'best offer', 'cheap', 'sale!'. Name the item instead.",
        ),
        "ru": (
            "Слова для привлечения внимания",
            "Уберите из заголовка слова вроде «срочно», «выгодное предложение», «дёшево», «продам!». Назовите сам товар.",
        ),
        "kk": (
            "Назар аудартатын сөздер",
            "Тақырыптан «шұғыл», «тиімді ұсыныс», «арзан» сияқты сөздерді алып тастаңыз. Тауардың өзін атаңыз.",
        ),
        "az": (
            "Diqqət cəlb edən sözlər",
            "Başlıqdan «təcili», «sərfəli təklif», «ucuz» kimi sözləri silin. Məhsulun özünü adlandırın.",
        ),
        "ka": (
            "ყურადღების მიმქცევი სიტყვები",
            "წაშალეთ სათაურიდან სიტყვები „სასწრაფოდ“, „საუკეთესო შეთავაზება“, „იაფად“. დაასახელეთ თავად ნივთი.",
        ),
    },
    "title.company": {
        "en": (
            "Company name in the title",
            "Remove the company or shop name from the title; the title names the item. A moderator will check the ad.",
        ),
        "ru": (
            "Название компании в заголовке",
            "Уберите название компании или магазина из заголовка: в нём указывается товар. Объявление проверит модератор.",
        ),
        "kk": (
            "Тақырыпта компания атауы",
            "Компания не дүкен атауын тақырыптан алып тастаңыз: онда тауар аталады. Хабарландыруды модератор тексереді.",
        ),
        "az": (
            "Başlıqda şirkət adı",
            "Şirkət və ya mağaza adını başlıqdan silin: başlıqda məhsul göstərilir. Elanı moderator yoxlayacaq.",
        ),
        "ka": (
            "კომპანიის სახელი სათაურში",
            "წაშალეთ კომპანიის ან მაღაზიის სახელი სათაურიდან: სათაურში ნივთი უნდა ეწეროს. განცხადებას მოდერატორი შეამოწმებს.",
        ),
    },
    # --- text ---
    "text.stuffing": {
        "en": (
            "Repeated keywords",
            "Remove repeated keywords, hashtags and tag lists. Describe the item once, in plain sentences.",
        ),
        "ru": (
            "Повтор ключевых слов",
            "Уберите повторяющиеся ключевые слова, хэштеги и списки тегов. Опишите товар один раз обычными предложениями.",
        ),
        "kk": (
            "Кілт сөздердің қайталануы",
            "Қайталанатын кілт сөздерді, хэштегтер мен тегтер тізімін алып тастаңыз. Тауарды қарапайым сөйлемдермен бір рет сипаттаңыз.",
        ),
        "az": (
            "Açar sözlərin təkrarı",
            "Təkrarlanan açar sözləri, heşteqləri və teq siyahılarını silin. Məhsulu bir dəfə, adi cümlələrlə təsvir edin.",
        ),
        "ka": (
            "საკვანძო სიტყვების გამეორება",
            "წაშალეთ განმეორებადი საკვანძო სიტყვები, ჰეშთეგები და თეგების სიები. აღწერეთ ნივთი ერთხელ, ჩვეულებრივი წინადადებებით.",
        ),
    },
    "text.caps": {
        "en": ("Description in capitals", "Rewrite the description in normal case; capitals are hard to read."),
        "ru": ("Описание заглавными буквами", "Перепишите описание обычными буквами: текст заглавными трудно читать."),
        "kk": (
            "Сипаттама бас әріптермен",
            "Сипаттаманы кәдімгі әріптермен қайта жазыңыз: бас әріппен жазылған мәтін қиын оқылады.",
        ),
        "az": ("Təsvir böyük hərflərlə", "Təsviri adi hərflərlə yenidən yazın: böyük hərflərlə mətn çətin oxunur."),
        "ka": (
            "აღწერა მთავრული ასოებით",
            "გადაწერეთ აღწერა ჩვეულებრივი ასოებით: მთავრულით დაწერილი ტექსტი ძნელად იკითხება.",
        ),
    },
    "text.emoji": {
        "en": ("Emoji instead of a description", "Replace emoji and symbols with words that describe the property."),
        "ru": ("Эмодзи вместо описания", "Замените эмодзи и символы словами, описывающими объект."),
        "kk": ("Сипаттаманың орнына эмодзи", "Эмодзи мен таңбаларды нысанды сипаттайтын сөздермен ауыстырыңыз."),
        "az": ("Təsvir əvəzinə emoji", "Emoji və simvolları obyekti təsvir edən sözlərlə əvəz edin."),
        "ka": ("ემოჯი აღწერის ნაცვლად", "შეცვალეთ ემოჯი და სიმბოლოები ობიექტის აღმწერი სიტყვებით."),
    },
    "text.language": {
        "en": (
            "Language not accepted",
            "This site accepts ads only in its languages (see the rules). Rewrite the title and description in an accepted language.",
        ),
        "ru": (
            "Язык не принимается",
            "Сайт принимает объявления только на своих языках (см. правила). Перепишите заголовок и описание на допустимом языке.",
        ),
        "kk": (
            "Тіл қабылданбайды",
            "Сайт хабарландыруларды тек өз тілдерінде қабылдайды (ережелерді қараңыз). Тақырып пен сипаттаманы рұқсат етілген тілде жазыңыз.",
        ),
        "az": (
            "Dil qəbul edilmir",
            "Sayt elanları yalnız öz dillərində qəbul edir (qaydalara baxın). Başlığı və təsviri icazə verilən dildə yenidən yazın.",
        ),
        "ka": (
            "ენა არ მიიღება",
            "საიტი განცხადებებს მხოლოდ თავის ენებზე იღებს (იხ. წესები). გადაწერეთ სათაური და აღწერა დაშვებულ ენაზე.",
        ),
    },
    "text.translit": {
        "en": (
            "Russian in Latin letters",
            "Write Russian in Cyrillic, not transliterated ('продам диван', not 'prodam divan'). Official Kazakh Latin is fine.",
        ),
        "ru": (
            "Транслит",
            "Пишите по-русски кириллицей, а не латиницей («продам диван», а не «prodam divan»). Официальная казахская латиница допускается.",
        ),
        "kk": (
            "Транслит",
            "Орысша кириллицамен жазыңыз, латынша емес («prodam divan» емес, «продам диван»). Ресми қазақ латын әліпбиіне рұқсат етіледі.",
        ),
        "az": (
            "Transliterasiya",
            "Rus dilində kiril hərfləri ilə yazın, latın hərfləri ilə yox («prodam divan» yox, «продам диван»).",
        ),
        "ka": ("ტრანსლიტერაცია", "რუსულად კირილიცით დაწერეთ და არა ლათინურით („продам диван“ და არა „prodam divan“)."),
    },
    "text.multiple_items": {
        "en": (
            "Several items in one ad",
            "Post one ad per item (a phone and a TV are two ads). A kit sold as a whole is fine. A moderator will check the ad.",
        ),
        "ru": (
            "Несколько товаров в объявлении",
            "Подайте отдельное объявление на каждый товар (телефон и телевизор — два объявления). Комплект, продаваемый целиком, допускается. Объявление проверит модератор.",
        ),
        "kk": (
            "Бір хабарландыруда бірнеше тауар",
            "Әр тауарға жеке хабарландыру беріңіз (телефон мен теледидар — екі хабарландыру). Толық сатылатын жиынтыққа рұқсат. Хабарландыруды модератор тексереді.",
        ),
        "az": (
            "Bir elanda bir neçə məhsul",
            "Hər məhsul üçün ayrıca elan yerləşdirin (telefon və televizor iki elandır). Tam satılan dəst olar. Elanı moderator yoxlayacaq.",
        ),
        "ka": (
            "რამდენიმე ნივთი ერთ განცხადებაში",
            "თითოეულ ნივთზე ცალკე განცხადება განათავსეთ (ტელეფონი და ტელევიზორი ორი განცხადებაა). მთლიანად გასაყიდი კომპლექტი დასაშვებია. განცხადებას მოდერატორი შეამოწმებს.",
        ),
    },
    "text.advertising": {
        "en": (
            "General advertising",
            "Describe a specific item or service. Remove shop advertising such as opening hours and 'all this and more at our store'.",
        ),
        "ru": (
            "Общая реклама",
            "Опишите конкретный товар или услугу. Уберите рекламу магазина: часы работы, «всё это и многое другое в нашем магазине».",
        ),
        "kk": (
            "Жалпы жарнама",
            "Нақты тауарды не қызметті сипаттаңыз. Дүкен жарнамасын алып тастаңыз: жұмыс уақыты, «мұның бәрі біздің дүкенде».",
        ),
        "az": (
            "Ümumi reklam",
            "Konkret məhsulu və ya xidməti təsvir edin. Mağaza reklamını silin: iş saatları, «bütün bunlar mağazamızda».",
        ),
        "ka": (
            "ზოგადი რეკლამა",
            "აღწერეთ კონკრეტული ნივთი ან მომსახურება. წაშალეთ მაღაზიის რეკლამა: სამუშაო საათები, „ყველაფერი ეს ჩვენს მაღაზიაში“.",
        ),
    },
    "text.offensive": {
        "en": (
            "Offensive content",
            "Obscenity, insults, hate, discrimination and calls to violence are not allowed. The ad is removed and counts against the account.",
        ),
        "ru": (
            "Оскорбительное содержание",
            "Мат, оскорбления, разжигание ненависти, дискриминация и призывы к насилию запрещены. Объявление удалено, аккаунт получает нарушение.",
        ),
        "kk": (
            "Қорлайтын мазмұн",
            "Балағат, қорлау, өшпенділік, кемсіту және зорлыққа шақыру тыйым салынған. Хабарландыру жойылды, аккаунтқа ескерту беріледі.",
        ),
        "az": (
            "Təhqiramiz məzmun",
            "Söyüş, təhqir, nifrət, ayrı-seçkilik və zorakılığa çağırış qadağandır. Elan silinir və hesaba xəbərdarlıq yazılır.",
        ),
        "ka": (
            "შეურაცხმყოფელი შინაარსი",
            "უხამსობა, შეურაცხყოფა, სიძულვილი, დისკრიმინაცია და ძალადობისკენ მოწოდება აკრძალულია. განცხადება წაიშალა და ანგარიშს დარღვევა ეწერება.",
        ),
    },
    "text.nonsense": {
        "en": (
            "Text without meaning",
            "Write a real description of the item; random letters or placeholder text are not a description. A moderator will check the ad.",
        ),
        "ru": (
            "Бессмысленный текст",
            "Напишите настоящее описание товара: случайный набор букв или текст-заглушка описанием не являются. Объявление проверит модератор.",
        ),
        "kk": (
            "Мағынасыз мәтін",
            "Тауардың нақты сипаттамасын жазыңыз: кездейсоқ әріптер сипаттама емес. Хабарландыруды модератор тексереді.",
        ),
        "az": (
            "Mənasız mətn",
            "Məhsulun həqiqi təsvirini yazın: təsadüfi hərflər təsvir deyil. Elanı moderator yoxlayacaq.",
        ),
        "ka": (
            "უაზრო ტექსტი",
            "დაწერეთ ნივთის ნამდვილი აღწერა: შემთხვევითი ასოები აღწერა არ არის. განცხადებას მოდერატორი შეამოწმებს.",
        ),
    },
    # --- price ---
    "price.conditional": {
        "en": (
            "Token price",
            "Enter the real price, not a token one like 1 or 100. Where the site allows it, a token price is changed to 'negotiable'.",
        ),
        "ru": (
            "Условная цена",
            "Укажите реальную цену, а не условную (1, 100 тенге). Где это предусмотрено, условная цена заменяется на «договорная».",
        ),
        "kk": (
            "Шартты баға",
            "Шартты емес (1, 100 теңге), нақты бағаны көрсетіңіз. Сайт рұқсат еткен жерде шартты баға «келісімді» болып өзгертіледі.",
        ),
        "az": ("Şərti qiymət", "Şərti (1, 11 AZN) yox, real qiymət göstərin."),
        "ka": ("პირობითი ფასი", "მიუთითეთ რეალური ფასი და არა პირობითი (1, 11 ლარი)."),
    },
    "price.unrealistic": {
        "en": (
            "Unrealistic price",
            "The price is far below similar ads. Enter the real market price; a moderator will check the ad.",
        ),
        "ru": (
            "Нереальная цена",
            "Цена намного ниже, чем в похожих объявлениях. Укажите реальную рыночную цену; объявление проверит модератор.",
        ),
        "kk": (
            "Шынайы емес баға",
            "Баға ұқсас хабарландырулардан әлдеқайда төмен. Нақты нарықтық бағаны көрсетіңіз; хабарландыруды модератор тексереді.",
        ),
        "az": (
            "Real olmayan qiymət",
            "Qiymət oxşar elanlardan xeyli aşağıdır. Real bazar qiymətini göstərin; elanı moderator yoxlayacaq.",
        ),
        "ka": (
            "არარეალური ფასი",
            "ფასი ბევრად დაბალია, ვიდრე მსგავს განცხადებებში. მიუთითეთ რეალური საბაზრო ფასი; განცხადებას მოდერატორი შეამოწმებს.",
        ),
    },
    "price.missing": {
        "en": (
            "Price required",
            "This category requires a price. Enter it; leave it empty only to give an item away where that is allowed.",
        ),
        "ru": (
            "Нужна цена",
            "В этой категории цена обязательна. Укажите её; оставлять поле пустым можно, только если вы отдаёте вещь даром там, где это разрешено.",
        ),
        "kk": (
            "Баға қажет",
            "Бұл санатта баға міндетті. Оны көрсетіңіз; тегін беретін болсаңыз ғана, рұқсат етілген жерде бос қалдыруға болады.",
        ),
        "az": (
            "Qiymət tələb olunur",
            "Bu kateqoriyada qiymət məcburidir. Onu göstərin; yalnız pulsuz verdiyiniz halda, icazə verilən yerdə boş saxlaya bilərsiniz.",
        ),
        "ka": (
            "ფასი სავალდებულოა",
            "ამ კატეგორიაში ფასი სავალდებულოა. მიუთითეთ ის; ცარიელი დატოვეთ მხოლოდ უფასოდ გაცემისას, სადაც ეს დაშვებულია.",
        ),
    },
    "price.words": {
        "en": (
            "Words instead of a price",
            "Enter a number in the price field, not words such as 'negotiable' or 'cheap'.",
        ),
        "ru": (
            "Слова вместо цены",
            "Укажите в поле цены число, а не слова вроде «договорная», «дёшево», «символическая цена».",
        ),
        "kk": ("Бағаның орнына сөздер", "Баға өрісіне «келісімді», «арзан» сияқты сөздерді емес, санды жазыңыз."),
        "az": (
            "Qiymət əvəzinə sözlər",
            "Qiymət sahəsində «razılaşma yolu ilə», «ucuz» kimi sözlər yox, rəqəm göstərin.",
        ),
        "ka": (
            "სიტყვები ფასის ნაცვლად",
            "ფასის ველში მიუთითეთ რიცხვი და არა სიტყვები, როგორიცაა „შეთანხმებით“, „იაფი“, „სიმბოლური ფასი“.",
        ),
    },
    "price.not_whole": {
        "en": ("Price must be a whole number", "Enter the price without a fractional part."),
        "ru": ("Цена должна быть целой", "Укажите цену без дробной части."),
        "kk": ("Баға бүтін сан болуы керек", "Бағаны бөлшек бөлігінсіз көрсетіңіз."),
        "az": ("Qiymət tam ədəd olmalıdır", "Qiyməti kəsr hissəsi olmadan göstərin."),
        "ka": ("ფასი მთელი რიცხვი უნდა იყოს", "მიუთითეთ ფასი წილადი ნაწილის გარეშე."),
    },
    "price.currency": {
        "en": ("Currency not accepted", "Give the price in the site's currency (manat)."),
        "ru": ("Валюта не принимается", "Укажите цену в валюте сайта (манатах)."),
        "kk": ("Валюта қабылданбайды", "Бағаны сайт валютасында (манатпен) көрсетіңіз."),
        "az": ("Valyuta qəbul edilmir", "Qiyməti yalnız manatla göstərin."),
        "ka": ("ვალუტა არ მიიღება", "მიუთითეთ ფასი საიტის ვალუტაში (მანათში)."),
    },
    "price.partial": {
        "en": (
            "Instalment given as the price",
            "Enter the full price of the item; put instalment or down-payment terms in the description.",
        ),
        "ru": (
            "Платёж вместо цены",
            "Укажите полную цену товара, а условия рассрочки или первого взноса — в описании.",
        ),
        "kk": (
            "Бағаның орнына төлем",
            "Тауардың толық бағасын көрсетіңіз, бөліп төлеу не алғашқы жарна шарттарын сипаттамаға жазыңыз.",
        ),
        "az": (
            "Qiymət əvəzinə ödəniş",
            "Məhsulun tam qiymətini göstərin, hissə-hissə və ya ilkin ödəniş şərtlərini təsvirdə yazın.",
        ),
        "ka": (
            "გადასახადი ფასის ნაცვლად",
            "მიუთითეთ ნივთის სრული ფასი, ხოლო განვადების ან პირველადი შენატანის პირობები — აღწერაში.",
        ),
    },
    # --- ad ---
    "ad.wanted": {
        "en": (
            "Wanted ads not accepted",
            "This site does not publish 'will buy' ads. Use the search to find what you need.",
        ),
        "ru": (
            "Объявления о покупке не принимаются",
            "Сайт не публикует объявления «куплю». Воспользуйтесь поиском, чтобы найти нужное.",
        ),
        "kk": (
            "Сатып алу хабарландырулары қабылданбайды",
            "Сайт «сатып аламын» хабарландыруларын жарияламайды. Қажетті затты іздеу арқылы табыңыз.",
        ),
        "az": (
            "Alış elanları qəbul edilmir",
            "Saytda alış barədə elanlar yerləşdirilmir. Lazım olanı axtarış vasitəsilə tapın.",
        ),
        "ka": (
            "ყიდვის განცხადებები არ მიიღება",
            "საიტი „ვიყიდი“ განცხადებებს არ აქვეყნებს. სასურველი ნივთი ძიებით მოძებნეთ.",
        ),
    },
    "ad.barter_only": {
        "en": (
            "Exchange-only ads not accepted",
            "Offer the item for sale with a price; you may add exchange terms in the description.",
        ),
        "ru": (
            "Только обмен не принимается",
            "Предложите товар на продажу с ценой; условия обмена можно добавить в описание.",
        ),
        "kk": (
            "Тек айырбас қабылданбайды",
            "Тауарды бағасымен сатуға ұсыныңыз; айырбас шарттарын сипаттамаға қосуға болады.",
        ),
        "az": (
            "Yalnız barter elanları qəbul edilmir",
            "Məhsulu qiymətlə satışa çıxarın; mübadilə şərtlərini təsvirdə əlavə edə bilərsiniz.",
        ),
        "ka": (
            "მხოლოდ გაცვლა არ მიიღება",
            "შესთავაზეთ ნივთი გასაყიდად ფასით; გაცვლის პირობები შეგიძლიათ აღწერაში დაამატოთ.",
        ),
    },
    "ad.auction": {
        "en": (
            "Auctions and lotteries not allowed",
            "Sell at a fixed price; auctions, lotteries and raffles are not allowed.",
        ),
        "ru": (
            "Аукционы и лотереи запрещены",
            "Продавайте по фиксированной цене: аукционы, лотереи и розыгрыши запрещены.",
        ),
        "kk": (
            "Аукциондар мен лотереяларға тыйым",
            "Белгіленген бағамен сатыңыз: аукцион, лотерея және ұтыс ойындарына тыйым салынған.",
        ),
        "az": ("Hərrac və lotereya qadağandır", "Sabit qiymətlə satın: hərrac, lotereya və uduşlu oyunlar qadağandır."),
        "ka": (
            "აუქციონები და ლატარიები აკრძალულია",
            "გაყიდეთ ფიქსირებულ ფასად: აუქციონები, ლატარიები და გათამაშებები აკრძალულია.",
        ),
    },
    "ad.financial_aid": {
        "en": (
            "Requests for money not allowed",
            "Ads asking for money, sponsors, donations or gifts are not published.",
        ),
        "ru": (
            "Просьбы о деньгах запрещены",
            "Объявления с просьбой о деньгах, спонсорах, пожертвованиях или подарках не публикуются.",
        ),
        "kk": ("Ақша сұрауға тыйым", "Ақша, демеуші, қайырымдылық не сыйлық сұраған хабарландырулар жарияланбайды."),
        "az": ("Pul istəmək qadağandır", "Pul, sponsor, ianə və ya hədiyyə istəyən elanlar dərc olunmur."),
        "ka": (
            "ფულის თხოვნა აკრძალულია",
            "განცხადებები ფულის, სპონსორის, შემოწირულობის ან საჩუქრის თხოვნით არ ქვეყნდება.",
        ),
    },
    "ad.financial_scheme": {
        "en": (
            "Dubious financial offer",
            "Pyramids, 'earn without investment', Forex or trading signals and dubious loans are forbidden. The ad is removed and counts against the account.",
        ),
        "ru": (
            "Сомнительная финансовая схема",
            "Пирамиды, «заработок без вложений», Форекс и сигналы, сомнительные займы запрещены. Объявление удалено, аккаунт получает нарушение.",
        ),
        "kk": (
            "Күмәнді қаржылық ұсыныс",
            "Пирамидалар, «салымсыз табыс», Форекс және сигналдар, күмәнді несиелер тыйым салынған. Хабарландыру жойылды, аккаунтқа ескерту беріледі.",
        ),
        "az": (
            "Şübhəli maliyyə təklifi",
            "Piramidalar, «sərmayəsiz qazanc», Forex və siqnallar, şübhəli kreditlər qadağandır. Elan silinir və hesaba xəbərdarlıq yazılır.",
        ),
        "ka": (
            "საეჭვო ფინანსური შეთავაზება",
            "პირამიდები, „შემოსავალი ინვესტიციის გარეშე“, Forex და სიგნალები, საეჭვო სესხები აკრძალულია. განცხადება წაიშალა და ანგარიშს დარღვევა ეწერება.",
        ),
    },
    # --- job ---
    "job.missing_company": {
        "en": ("Employer not named", "Name the company or agency that offers the job."),
        "ru": ("Не указан работодатель", "Укажите название компании или агентства, которое предлагает работу."),
        "kk": ("Жұмыс беруші көрсетілмеген", "Жұмыс ұсынатын компанияның не агенттіктің атауын көрсетіңіз."),
        "az": ("İşəgötürən göstərilməyib", "İşi təklif edən şirkətin və ya agentliyin adını göstərin."),
        "ka": ("დამსაქმებელი მითითებული არ არის", "მიუთითეთ სამუშაოს შემთავაზებელი კომპანიის ან სააგენტოს სახელი."),
    },
    "job.missing_position": {
        "en": ("Position not named", "Name the vacancy (for example 'Sales assistant', 'Driver')."),
        "ru": ("Не указана вакансия", "Укажите название вакансии (например, «Продавец-консультант», «Водитель»)."),
        "kk": ("Бос орын көрсетілмеген", "Бос орынның атауын көрсетіңіз (мысалы, «Сатушы», «Жүргізуші»)."),
        "az": ("Vakansiya göstərilməyib", "Vakansiyanın adını göstərin (məsələn, «Satıcı», «Sürücü»)."),
        "ka": ("ვაკანსია მითითებული არ არის", "მიუთითეთ ვაკანსიის დასახელება (მაგალითად, „გამყიდველი“, „მძღოლი“)."),
    },
    "job.dubious": {
        "en": (
            "Dubious job offer",
            "Work-from-home offers without an employer and address, 'earn without investment', e-mail processing or assembling pens are forbidden.",
        ),
        "ru": (
            "Сомнительная вакансия",
            "Работа на дому без работодателя и адреса, «заработок без вложений», обработка e-mail, сборка ручек запрещены.",
        ),
        "kk": (
            "Күмәнді жұмыс ұсынысы",
            "Жұмыс берушісі мен мекенжайы жоқ үйден жұмыс, «салымсыз табыс», e-mail өңдеу, қалам құрастыру тыйым салынған.",
        ),
        "az": (
            "Şübhəli iş təklifi",
            "İşəgötürəni və ünvanı olmayan evdən iş, «sərmayəsiz qazanc», e-poçt emalı, qələm yığılması qadağandır.",
        ),
        "ka": (
            "საეჭვო სამუშაო შეთავაზება",
            "სახლიდან მუშაობა დამსაქმებლისა და მისამართის გარეშე, „შემოსავალი ინვესტიციის გარეშე“, ელფოსტის დამუშავება, კალმების აწყობა აკრძალულია.",
        ),
    },
    "job.prohibited": {
        "en": (
            "Forbidden kind of job",
            "Nightclubs abroad, webcam modelling, escort, marriage-agency 'translators' and recruiting sub-agents may not be advertised.",
        ),
        "ru": (
            "Запрещённый вид работы",
            "Нельзя предлагать работу в ночных клубах за рубежом, веб-моделью, в эскорте, «переводчицей» брачного агентства, набор субагентов.",
        ),
        "kk": (
            "Тыйым салынған жұмыс түрі",
            "Шетелдегі түнгі клубтарда, веб-модель, эскорт, неке агенттігінің «аудармашысы» жұмысын және субагент жинауды ұсынуға болмайды.",
        ),
        "az": (
            "Qadağan olunmuş iş növü",
            "Xaricdə gecə klublarında, veb-model, eskort, nikah agentliyi «tərcüməçisi» işi və subagent cəlbi təklif edilə bilməz.",
        ),
        "ka": (
            "აკრძალული სამუშაო",
            "არ შეიძლება საზღვარგარეთ ღამის კლუბებში, ვებ-მოდელად, ესკორტში, საქორწინო სააგენტოს „თარჯიმნად“ მუშაობის და სუბაგენტების აყვანის შეთავაზება.",
        ),
    },
    "job.mlm": {
        "en": (
            "Network marketing in the wrong category",
            "Post network-marketing offers only in the network-marketing category and say that it is network marketing.",
        ),
        "ru": (
            "Сетевой маркетинг не в той рубрике",
            "Размещайте предложения сетевого маркетинга только в рубрике «Сетевой маркетинг» и прямо указывайте это.",
        ),
        "kk": (
            "Желілік маркетинг басқа санатта",
            "Желілік маркетинг ұсыныстарын тек «Желілік маркетинг» санатында орналастырып, оны тікелей көрсетіңіз.",
        ),
        "az": (
            "Şəbəkə marketinqi yanlış kateqoriyada",
            "Şəbəkə marketinqi təkliflərini yalnız müvafiq kateqoriyada yerləşdirin və bunu açıq göstərin.",
        ),
        "ka": (
            "ქსელური მარკეტინგი სხვა კატეგორიაში",
            "ქსელური მარკეტინგის შეთავაზებები მხოლოდ შესაბამის კატეგორიაში განათავსეთ და პირდაპირ მიუთითეთ ეს.",
        ),
    },
    "job.abroad_license": {
        "en": (
            "Work abroad without a licence",
            "Give the name of the employment organisation and its licence number. A moderator will check the ad.",
        ),
        "ru": (
            "Работа за рубежом без лицензии",
            "Укажите название организации по трудоустройству и номер её лицензии. Объявление проверит модератор.",
        ),
        "kk": (
            "Лицензиясыз шетелде жұмыс",
            "Жұмысқа орналастыру ұйымының атауын және лицензия нөмірін көрсетіңіз. Хабарландыруды модератор тексереді.",
        ),
        "az": (
            "Lisenziyasız xaricdə iş",
            "İşə düzəltmə təşkilatının adını və lisenziya nömrəsini göstərin. Elanı moderator yoxlayacaq.",
        ),
        "ka": (
            "საზღვარგარეთ სამუშაო ლიცენზიის გარეშე",
            "მიუთითეთ დასაქმების ორგანიზაციის სახელი და ლიცენზიის ნომერი. განცხადებას მოდერატორი შეამოწმებს.",
        ),
    },
    # --- duplicate ---
    "duplicate.same_user": {
        "en": (
            "Duplicate of your ad",
            "You already have an active ad for this product. Edit that ad instead of posting it again.",
        ),
        "ru": (
            "Дубль вашего объявления",
            "У вас уже есть активное объявление об этом товаре. Отредактируйте его вместо повторной подачи.",
        ),
        "kk": (
            "Хабарландыруыңыздың көшірмесі",
            "Сізде бұл тауар туралы белсенді хабарландыру бар. Қайта бермей, соны өңдеңіз.",
        ),
        "az": (
            "Elanınızın təkrarı",
            "Bu məhsul üzrə aktiv elanınız artıq var. Yenisini yerləşdirmək əvəzinə onu redaktə edin.",
        ),
        "ka": (
            "თქვენი განცხადების დუბლიკატი",
            "ამ ნივთზე უკვე გაქვთ აქტიური განცხადება. ხელახლა განთავსების ნაცვლად ის დაარედაქტირეთ.",
        ),
    },
    "duplicate.cross_account": {
        "en": (
            "Same ad from another account",
            "The same text or photos are in an ad of another account. A moderator will check the ad.",
        ),
        "ru": (
            "Такое же объявление с другого аккаунта",
            "Тот же текст или фото есть в объявлении другого аккаунта. Объявление проверит модератор.",
        ),
        "kk": (
            "Басқа аккаунттан дәл сондай хабарландыру",
            "Дәл сол мәтін не фото басқа аккаунттың хабарландыруында бар. Хабарландыруды модератор тексереді.",
        ),
        "az": (
            "Başqa hesabdan eyni elan",
            "Eyni mətn və ya şəkillər başqa hesabın elanında var. Elanı moderator yoxlayacaq.",
        ),
        "ka": (
            "იგივე განცხადება სხვა ანგარიშიდან",
            "იგივე ტექსტი ან ფოტოები სხვა ანგარიშის განცხადებაშია. განცხადებას მოდერატორი შეამოწმებს.",
        ),
    },
    "duplicate.repost": {
        "en": (
            "Deleted ad posted again",
            "An ad deleted before it expired may not be posted again as new. Wait until it expires or restore it.",
        ),
        "ru": (
            "Повторная подача удалённого",
            "Объявление, удалённое до окончания срока, нельзя подать заново как новое. Дождитесь окончания срока или восстановите его.",
        ),
        "kk": (
            "Жойылған хабарландыру қайта берілді",
            "Мерзімі біткенге дейін жойылған хабарландыруды жаңа ретінде қайта беруге болмайды. Мерзімнің аяқталуын күтіңіз не оны қалпына келтіріңіз.",
        ),
        "az": (
            "Silinmiş elan yenidən yerləşdirilib",
            "Müddəti bitmədən silinmiş elanı yeni kimi yerləşdirmək olmaz. Müddətin bitməsini gözləyin və ya onu bərpa edin.",
        ),
        "ka": (
            "წაშლილი განცხადება ხელახლა",
            "ვადის ამოწურვამდე წაშლილი განცხადების ახლად განთავსება არ შეიძლება. დაელოდეთ ვადის ამოწურვას ან აღადგინეთ ის.",
        ),
    },
    "duplicate.restore": {
        "en": (
            "Restored ad duplicates an active one",
            "You have an active ad for the same product; keep that one instead of restoring this.",
        ),
        "ru": (
            "Восстановленное дублирует активное",
            "У вас есть активное объявление о том же товаре; оставьте его вместо восстановления этого.",
        ),
        "kk": (
            "Қалпына келтірілген хабарландыру белсендіні қайталайды",
            "Сізде дәл сол тауар туралы белсенді хабарландыру бар; осыны қалпына келтірудің орнына соны қалдырыңыз.",
        ),
        "az": (
            "Bərpa olunan elan aktiv elanı təkrarlayır",
            "Eyni məhsul üzrə aktiv elanınız var; bunu bərpa etmək əvəzinə onu saxlayın.",
        ),
        "ka": (
            "აღდგენილი განცხადება აქტიურს იმეორებს",
            "იგივე ნივთზე აქტიური განცხადება გაქვთ; ამის აღდგენის ნაცვლად ის დატოვეთ.",
        ),
    },
    "duplicate.general_and_parts": {
        "en": (
            "General ad and its parts at once",
            "You have a general ad (e.g. house repair) and separate ads for its parts. Keep one or the other. A moderator will check.",
        ),
        "ru": (
            "Общее объявление и его части",
            "У вас есть общее объявление (например, «ремонт квартир») и отдельные объявления о его частях. Оставьте что-то одно. Проверит модератор.",
        ),
        "kk": (
            "Жалпы хабарландыру және оның бөліктері",
            "Сізде жалпы хабарландыру (мысалы, «пәтер жөндеу») және оның бөліктері туралы жеке хабарландырулар бар. Біреуін қалдырыңыз. Модератор тексереді.",
        ),
        "az": (
            "Ümumi elan və onun hissələri",
            "Ümumi elanınız (məsələn, «evlərin təmiri») və onun hissələri üçün ayrı elanlarınız var. Birini saxlayın. Moderator yoxlayacaq.",
        ),
        "ka": (
            "ზოგადი განცხადება და მისი ნაწილები",
            "გაქვთ ზოგადი განცხადება (მაგ., „ბინების რემონტი“) და ცალკე განცხადებები მის ნაწილებზე. დატოვეთ ერთ-ერთი. მოდერატორი შეამოწმებს.",
        ),
    },
    # --- edit ---
    "edit.product_swap": {
        "en": (
            "Ad turned into another product",
            "An ad may not be edited into a different product. Post a new ad for the new product. The ad is removed and counts against the account.",
        ),
        "ru": (
            "Подмена товара",
            "Нельзя превращать объявление в объявление о другом товаре. Подайте новое объявление. Объявление удалено, аккаунт получает нарушение.",
        ),
        "kk": (
            "Тауарды ауыстыру",
            "Хабарландыруды басқа тауар туралы хабарландыруға айналдыруға болмайды. Жаңа хабарландыру беріңіз. Хабарландыру жойылды, аккаунтқа ескерту беріледі.",
        ),
        "az": (
            "Məhsulun dəyişdirilməsi",
            "Elanı başqa məhsulun elanına çevirmək olmaz. Yeni məhsul üçün yeni elan yerləşdirin. Elan silinir və hesaba xəbərdarlıq yazılır.",
        ),
        "ka": (
            "ნივთის შეცვლა",
            "განცხადების სხვა ნივთის განცხადებად გადაკეთება არ შეიძლება. ახალი ნივთისთვის ახალი განცხადება განათავსეთ. განცხადება წაიშალა და ანგარიშს დარღვევა ეწერება.",
        ),
    },
    "edit.region": {
        "en": (
            "Region changed",
            "The region cannot be changed after posting. Restore the original region or post a new ad.",
        ),
        "ru": (
            "Изменён регион",
            "Регион нельзя менять после подачи объявления. Верните прежний регион или подайте новое объявление.",
        ),
        "kk": (
            "Өңір өзгертілді",
            "Хабарландыру берілгеннен кейін өңірді өзгертуге болмайды. Бұрынғы өңірді қайтарыңыз не жаңа хабарландыру беріңіз.",
        ),
        "az": (
            "Region dəyişdirilib",
            "Elan yerləşdirildikdən sonra regionu dəyişmək olmaz. Əvvəlki regionu qaytarın və ya yeni elan yerləşdirin.",
        ),
        "ka": (
            "რეგიონი შეიცვალა",
            "განცხადების განთავსების შემდეგ რეგიონის შეცვლა არ შეიძლება. დააბრუნეთ წინა რეგიონი ან განათავსეთ ახალი განცხადება.",
        ),
    },
    # --- photo ---
    "photo.format": {
        "en": ("Unsupported photo format", "Upload photos as JPEG or PNG."),
        "ru": ("Неподходящий формат фото", "Загружайте фото в формате JPEG или PNG."),
        "kk": ("Фото пішімі жарамсыз", "Фотоны JPEG не PNG пішімінде жүктеңіз."),
        "az": ("Şəklin formatı uyğun deyil", "Şəkilləri JPEG və ya PNG formatında yükləyin."),
        "ka": ("ფოტოს ფორმატი არ გამოდგება", "ატვირთეთ ფოტოები JPEG ან PNG ფორმატში."),
    },
    "photo.too_small": {
        "en": ("Photo too small", "Upload photos of at least the minimum size (400×300 pixels on this site)."),
        "ru": (
            "Фото слишком маленькое",
            "Загружайте фото не меньше минимального размера (на этом сайте 400×300 пикселей).",
        ),
        "kk": ("Фото тым кішкентай", "Ең аз өлшемнен кем емес фото жүктеңіз (бұл сайтта 400×300 пиксель)."),
        "az": ("Şəkil çox kiçikdir", "Minimum ölçüdən kiçik olmayan şəkillər yükləyin (bu saytda 400×300 piksel)."),
        "ka": ("ფოტო ძალიან პატარაა", "ატვირთეთ მინიმალურ ზომაზე არანაკლები ფოტოები (ამ საიტზე 400×300 პიქსელი)."),
    },
    "photo.too_many": {
        "en": ("Too many photos", "Remove photos down to the site's maximum (40)."),
        "ru": ("Слишком много фото", "Удалите лишние фото до максимума сайта (40)."),
        "kk": ("Фото тым көп", "Артық фотоларды сайттың ең көп санына дейін (40) жойыңыз."),
        "az": ("Şəkillər çox çoxdur", "Artıq şəkilləri saytın maksimumuna qədər (40) silin."),
        "ka": ("ძალიან ბევრი ფოტო", "წაშალეთ ზედმეტი ფოტოები საიტის მაქსიმუმამდე (40)."),
    },
    "photo.contact": {
        "en": (
            "Contacts on a photo",
            "Upload photos without phone numbers, e-mails, web addresses or social-network names on them.",
        ),
        "ru": ("Контакты на фото", "Загружайте фото без номеров телефонов, e-mail, адресов сайтов и ников в соцсетях."),
        "kk": (
            "Фотода байланыс деректері",
            "Телефон нөмірі, e-mail, сайт мекенжайы не әлеуметтік желі аты жоқ фото жүктеңіз.",
        ),
        "az": (
            "Şəkildə əlaqə məlumatları",
            "Üzərində telefon nömrəsi, e-poçt, sayt ünvanı və ya sosial şəbəkə adı olmayan şəkillər yükləyin.",
        ),
        "ka": (
            "კონტაქტები ფოტოზე",
            "ატვირთეთ ფოტოები ტელეფონის ნომრების, ელფოსტის, საიტების მისამართებისა და სოციალური ქსელების სახელების გარეშე.",
        ),
    },
    "photo.text_ad": {
        "en": (
            "Advertising text on a photo",
            "Use photos without price, credit, instalment or promotion captions. A moderator will check the ad.",
        ),
        "ru": (
            "Рекламный текст на фото",
            "Используйте фото без надписей о цене, кредите, рассрочке и акциях. Объявление проверит модератор.",
        ),
        "kk": (
            "Фотода жарнамалық мәтін",
            "Баға, несие, бөліп төлеу және акция туралы жазуы жоқ фото қолданыңыз. Хабарландыруды модератор тексереді.",
        ),
        "az": (
            "Şəkildə reklam mətni",
            "Qiymət, kredit, hissə-hissə ödəniş və aksiya yazıları olmayan şəkillərdən istifadə edin. Elanı moderator yoxlayacaq.",
        ),
        "ka": (
            "სარეკლამო ტექსტი ფოტოზე",
            "გამოიყენეთ ფოტოები ფასის, კრედიტის, განვადებისა და აქციების წარწერების გარეშე. განცხადებას მოდერატორი შეამოწმებს.",
        ),
    },
    "photo.qr": {
        "en": ("QR code on a photo", "Remove photos that contain a QR code."),
        "ru": ("QR-код на фото", "Удалите фото с QR-кодом."),
        "kk": ("Фотода QR-код", "QR-коды бар фотоларды жойыңыз."),
        "az": ("Şəkildə QR-kod", "QR-kodu olan şəkilləri silin."),
        "ka": ("QR-კოდი ფოტოზე", "წაშალეთ ფოტოები, რომლებზეც QR-კოდია."),
    },
    "photo.duplicate": {
        "en": (
            "Photo used elsewhere",
            "The same photo is in another account's ad or in an ad for a different object. Upload your own photos of this item. A moderator will check.",
        ),
        "ru": (
            "Фото уже используется",
            "Это фото есть в объявлении другого аккаунта или другого объекта. Загрузите собственные фото этого товара. Проверит модератор.",
        ),
        "kk": (
            "Фото басқа жерде қолданылған",
            "Бұл фото басқа аккаунттың не басқа нысанның хабарландыруында бар. Осы тауардың өз фотосын жүктеңіз. Модератор тексереді.",
        ),
        "az": (
            "Şəkil başqa yerdə istifadə olunur",
            "Bu şəkil başqa hesabın və ya başqa obyektin elanında var. Bu məhsulun öz şəkillərini yükləyin. Moderator yoxlayacaq.",
        ),
        "ka": (
            "ფოტო სხვაგანაც გამოიყენება",
            "ეს ფოტო სხვა ანგარიშის ან სხვა ობიექტის განცხადებაშია. ატვირთეთ ამ ნივთის საკუთარი ფოტოები. მოდერატორი შეამოწმებს.",
        ),
    },
    "photo.prohibited": {
        "en": (
            "Forbidden goods in a photo",
            "A photo shows goods the site does not allow (weapons, alcohol, tobacco and the like). Replace it with a photo of the item you sell. A moderator will check.",
        ),
        "ru": (
            "Запрещённый товар на фото",
            "На фото видны товары, которые сайт не допускает (оружие, алкоголь, табак и т. п.). Замените его фото продаваемого товара. Проверит модератор.",
        ),
        "kk": (
            "Фотода тыйым салынған тауар",
            "Фотода сайтта рұқсат етілмеген тауарлар бар (қару, алкоголь, темекі т.б.). Оны сатылатын тауардың фотосымен ауыстырыңыз. Модератор тексереді.",
        ),
        "az": (
            "Şəkildə qadağan olunmuş mal",
            "Şəkildə saytın icazə vermədiyi mallar var (silah, spirtli içki, tütün və s.). Onu satdığınız malın şəkli ilə əvəz edin. Moderator yoxlayacaq.",
        ),
        "ka": (
            "აკრძალული საქონელი ფოტოზე",
            "ფოტოზე ჩანს საქონელი, რომელსაც საიტი არ უშვებს (იარაღი, ალკოჰოლი, თამბაქო და ა.შ.). შეცვალეთ იგი გასაყიდი ნივთის ფოტოთი. მოდერატორი შეამოწმებს.",
        ),
    },
    "photo.required": {
        "en": (
            "Photo required",
            "This category needs a real photo of the item (for flats and houses, a photo of the living area).",
        ),
        "ru": ("Нужно фото", "В этой категории нужно реальное фото товара (для квартир и домов — фото жилой площади)."),
        "kk": ("Фото қажет", "Бұл санатта тауардың нақты фотосы қажет (пәтер мен үй үшін — тұрғын бөлменің фотосы)."),
        "az": (
            "Şəkil tələb olunur",
            "Bu kateqoriyada məhsulun real şəkli lazımdır (mənzil və evlər üçün yaşayış sahəsinin şəkli).",
        ),
        "ka": (
            "ფოტო სავალდებულოა",
            "ამ კატეგორიაში საჭიროა ნივთის რეალური ფოტო (ბინებისა და სახლებისთვის — საცხოვრებელი ფართის ფოტო).",
        ),
    },
    # --- account ---
    "account.blacklisted": {
        "en": (
            "Contact on the blacklist",
            "A phone or e-mail of this ad is blacklisted after repeated violations. Ads with it cannot be published.",
        ),
        "ru": (
            "Контакт в чёрном списке",
            "Телефон или e-mail объявления внесён в чёрный список за повторные нарушения. Объявления с ним не публикуются.",
        ),
        "kk": (
            "Байланыс қара тізімде",
            "Хабарландырудың телефоны не e-mail-і қайталанған бұзушылықтар үшін қара тізімге енгізілген. Онымен хабарландырулар жарияланбайды.",
        ),
        "az": (
            "Əlaqə vasitəsi qara siyahıdadır",
            "Elanın telefonu və ya e-poçtu təkrar pozuntulara görə qara siyahıya salınıb. Onunla elanlar dərc olunmur.",
        ),
        "ka": (
            "კონტაქტი შავ სიაშია",
            "განცხადების ტელეფონი ან ელფოსტა განმეორებითი დარღვევების გამო შავ სიაშია. მასთან განცხადებები არ ქვეყნდება.",
        ),
    },
    "account.linked": {
        "en": (
            "Linked accounts",
            "This account shares a phone, e-mail or device with another account. One person may have one account. A moderator will check.",
        ),
        "ru": (
            "Связанные аккаунты",
            "Аккаунт делит телефон, e-mail или устройство с другим аккаунтом. Одному человеку — один аккаунт. Проверит модератор.",
        ),
        "kk": (
            "Байланысты аккаунттар",
            "Аккаунттың телефоны, e-mail-і не құрылғысы басқа аккаунтпен ортақ. Бір адамға — бір аккаунт. Модератор тексереді.",
        ),
        "az": (
            "Əlaqəli hesablar",
            "Hesabın telefonu, e-poçtu və ya cihazı başqa hesabla ortaqdır. Bir şəxsə bir hesab. Moderator yoxlayacaq.",
        ),
        "ka": (
            "დაკავშირებული ანგარიშები",
            "ანგარიშს სხვა ანგარიშთან საერთო ტელეფონი, ელფოსტა ან მოწყობილობა აქვს. ერთ ადამიანს — ერთი ანგარიში. მოდერატორი შეამოწმებს.",
        ),
    },
    "account.limit": {
        "en": (
            "Ad limit reached",
            "You are over the active-ads limit or the category's 30-day limit. Remove an old ad, wait for a free place, or use a paid option.",
        ),
        "ru": (
            "Превышен лимит объявлений",
            "Превышен лимит активных объявлений или 30-дневный лимит категории. Снимите старое объявление, дождитесь свободного места или воспользуйтесь платной услугой.",
        ),
        "kk": (
            "Хабарландыру шегі асып кетті",
            "Белсенді хабарландырулар шегі не санаттың 30 күндік шегі асып кетті. Ескі хабарландыруды алыңыз, бос орынды күтіңіз не ақылы қызметті пайдаланыңыз.",
        ),
        "az": (
            "Elan limiti aşılıb",
            "Aktiv elan limiti və ya kateqoriyanın 30 günlük limiti aşılıb. Köhnə elanı silin, boş yer gözləyin və ya ödənişli xidmətdən istifadə edin.",
        ),
        "ka": (
            "განცხადებების ლიმიტი ამოიწურა",
            "გადაჭარბებულია აქტიური განცხადებების ან კატეგორიის 30-დღიანი ლიმიტი. მოხსენით ძველი განცხადება, დაელოდეთ თავისუფალ ადგილს ან ისარგებლეთ ფასიანი სერვისით.",
        ),
    },
    "account.blocked": {
        "en": (
            "Account blocked",
            "This account is blocked and cannot publish ads. Contact support if you think this is a mistake.",
        ),
        "ru": (
            "Аккаунт заблокирован",
            "Аккаунт заблокирован и не может публиковать объявления. Если это ошибка, обратитесь в поддержку.",
        ),
        "kk": (
            "Аккаунт бұғатталған",
            "Аккаунт бұғатталған және хабарландыру жариялай алмайды. Қате деп ойласаңыз, қолдау қызметіне жазыңыз.",
        ),
        "az": (
            "Hesab bloklanıb",
            "Hesab bloklanıb və elan dərc edə bilməz. Bunun səhv olduğunu düşünürsünüzsə, dəstək xidmətinə müraciət edin.",
        ),
        "ka": (
            "ანგარიში დაბლოკილია",
            "ანგარიში დაბლოკილია და განცხადებებს ვერ აქვეყნებს. თუ ეს შეცდომაა, მიმართეთ მხარდაჭერას.",
        ),
    },
    # --- placement ---
    "category.mismatch": {
        "en": (
            "Wrong category",
            "The ad seems to belong to another category. Choose the category that fits the item. A moderator will check.",
        ),
        "ru": (
            "Не та рубрика",
            "Похоже, объявление относится к другой рубрике. Выберите рубрику, подходящую товару. Проверит модератор.",
        ),
        "kk": (
            "Санат сәйкес емес",
            "Хабарландыру басқа санатқа жататын сияқты. Тауарға сай санатты таңдаңыз. Модератор тексереді.",
        ),
        "az": (
            "Yanlış kateqoriya",
            "Görünür, elan başqa kateqoriyaya aiddir. Məhsula uyğun kateqoriyanı seçin. Moderator yoxlayacaq.",
        ),
        "ka": (
            "არასწორი კატეგორია",
            "როგორც ჩანს, განცხადება სხვა კატეგორიას ეკუთვნის. აირჩიეთ ნივთის შესაფერისი კატეგორია. მოდერატორი შეამოწმებს.",
        ),
    },
    "region.mismatch": {
        "en": (
            "Wrong region",
            "The text names another city than the ad's region. Choose the region where the item really is. A moderator will check.",
        ),
        "ru": (
            "Не тот регион",
            "В тексте указан другой город, чем регион объявления. Выберите регион, где товар находится на самом деле. Проверит модератор.",
        ),
        "kk": (
            "Өңір сәйкес емес",
            "Мәтінде хабарландыру өңірінен басқа қала аталған. Тауар нақты тұрған өңірді таңдаңыз. Модератор тексереді.",
        ),
        "az": (
            "Yanlış region",
            "Mətndə elanın regionundan fərqli şəhər göstərilib. Məhsulun həqiqətən olduğu regionu seçin. Moderator yoxlayacaq.",
        ),
        "ka": (
            "არასწორი რეგიონი",
            "ტექსტში განცხადების რეგიონისგან განსხვავებული ქალაქია ნახსენები. აირჩიეთ რეგიონი, სადაც ნივთი რეალურად არის. მოდერატორი შეამოწმებს.",
        ),
    },
}

# prohibited.*: one shared explanation, with the group's name in each language.
_PROHIBITED_NAMES: dict[str, tuple[str, str, str, str, str]] = {
    # group: (en, ru, kk, az, ka)
    "weapons": (
        "weapons, replicas and their parts",
        "оружие, реплики и их части",
        "қару, оның көшірмелері мен бөлшектері",
        "silah, replikalar və onların hissələri",
        "იარაღი, რეპლიკები და მათი ნაწილები",
    ),
    "military": (
        "military equipment and insignia",
        "военная техника и знаки различия",
        "әскери техника мен айырым белгілері",
        "hərbi texnika və fərqlənmə nişanları",
        "სამხედრო ტექნიკა და სამხრეები",
    ),
    "surveillance": (
        "spy equipment and radar detectors",
        "шпионская техника и антирадары",
        "тыңшылық техника мен антирадарлар",
        "casus texnikası və antiradarlar",
        "ჯაშუშური ტექნიკა და ანტირადარები",
    ),
    "drugs": (
        "drugs and psychotropic substances",
        "наркотики и психотропные вещества",
        "есірткі мен психотроптық заттар",
        "narkotiklər və psixotrop maddələr",
        "ნარკოტიკები და ფსიქოტროპული ნივთიერებები",
    ),
    "medicines": (
        "medicines and supplements",
        "лекарства и БАДы",
        "дәрі-дәрмек пен биоқоспалар",
        "dərmanlar və qida əlavələri",
        "მედიკამენტები და საკვები დანამატები",
    ),
    "organs": (
        "organs, blood, donor and surrogacy services",
        "органы, кровь, донорство и суррогатное материнство",
        "ағзалар, қан, донорлық және суррогат аналық",
        "orqanlar, qan, donorluq və surroqat analıq",
        "ორგანოები, სისხლი, დონორობა და სუროგაცია",
    ),
    "sexual": (
        "sexual services and dating",
        "интим-услуги и знакомства",
        "интим қызметтер мен танысу",
        "intim xidmətlər və tanışlıq",
        "ინტიმური მომსახურება და გაცნობა",
    ),
    "alcohol_tobacco": (
        "alcohol and tobacco",
        "алкоголь и табак",
        "алкоголь мен темекі",
        "spirtli içkilər və tütün",
        "ალკოჰოლი და თამბაქო",
    ),
    "poisons": ("poisons", "яды", "улар", "zəhərlər", "შხამები"),
    "pyrotechnics": (
        "pyrotechnics and explosives",
        "пиротехника и взрывчатка",
        "пиротехника мен жарылғыш заттар",
        "pirotexnika və partlayıcılar",
        "პიროტექნიკა და ასაფეთქებელი ნივთიერებები",
    ),
    "wildlife": (
        "protected animals and plants",
        "охраняемые животные и растения",
        "қорғалатын жануарлар мен өсімдіктер",
        "qorunan heyvanlar və bitkilər",
        "დაცული ცხოველები და მცენარეები",
    ),
    "documents": (
        "documents, diplomas, coursework and licence plates",
        "документы, дипломы, курсовые и номерные знаки",
        "құжаттар, дипломдар, курстық жұмыстар мен нөмірлер",
        "sənədlər, diplomlar, kurs işləri və nömrə nişanları",
        "დოკუმენტები, დიპლომები, საკურსოები და სანომრე ნიშნები",
    ),
    "currency": (
        "foreign currency, securities, crypto and mining",
        "валюта, ценные бумаги, криптовалюта и майнинг",
        "валюта, бағалы қағаздар, криптовалюта және майнинг",
        "valyuta, qiymətli kağızlar, kriptovalyuta və maynınq",
        "ვალუტა, ფასიანი ქაღალდები, კრიპტოვალუტა და მაინინგი",
    ),
    "precious_metals": (
        "precious metals and stones",
        "драгоценные металлы и камни",
        "асыл металдар мен тастар",
        "qiymətli metallar və daşlar",
        "ძვირფასი ლითონები და ქვები",
    ),
    "accounts": (
        "accounts and software keys",
        "аккаунты и ключи активации",
        "аккаунттар мен белсендіру кілттері",
        "hesablar və aktivləşdirmə açarları",
        "ანგარიშები და აქტივაციის გასაღებები",
    ),
    "data": (
        "databases and personal data",
        "базы данных и персональные данные",
        "деректер базасы мен жеке деректер",
        "məlumat bazaları və şəxsi məlumatlar",
        "მონაცემთა ბაზები და პერსონალური მონაცემები",
    ),
    "counterfeit": (
        "counterfeit, pirated, smuggled or stolen goods",
        "подделки, пиратская, контрабандная или краденая продукция",
        "жалған, қарақшылық, контрабандалық не ұрланған тауар",
        "saxta, piratçı, qaçaqmal və ya oğurlanmış mallar",
        "ყალბი, მეკობრული, კონტრაბანდული ან მოპარული ნივთები",
    ),
    "gambling": ("gambling", "азартные игры", "құмар ойындар", "qumar oyunları", "აზარტული თამაშები"),
    "occult": (
        "occult services",
        "оккультные услуги",
        "оккульттік қызметтер",
        "okkult xidmətlər",
        "ოკულტური მომსახურება",
    ),
    "extremism": (
        "extremist symbols and state awards",
        "экстремистская символика и госнаграды",
        "экстремистік символика мен мемлекеттік наградалар",
        "ekstremist simvolika və dövlət təltifləri",
        "ექსტრემისტული სიმბოლიკა და სახელმწიფო ჯილდოები",
    ),
    "underwear": (
        "used underwear and swimwear",
        "ношеное нижнее бельё и купальники",
        "киілген іш киім мен шомылу киімі",
        "işlənmiş alt paltarı və çimərlik geyimi",
        "ნახმარი საცვალი და საცურაო კოსტიუმები",
    ),
    "keys": (
        "universal keys and lock picks",
        "универсальные ключи и отмычки",
        "әмбебап кілттер мен сұғаңдар",
        "universal açarlar və şperlər",
        "უნივერსალური გასაღებები და სახელურები",
    ),
    "poaching": (
        "poaching tools (electric rods, nets)",
        "браконьерские снасти (электроудочки, сети)",
        "браконьерлік құралдар (электр қармақ, тор)",
        "brakonyer alətləri (elektrik tilov, tor)",
        "ბრაკონიერული იარაღები (ელექტროანკესი, ბადე)",
    ),
}

_PROHIBITED_TEXT = {
    "en": (
        "Prohibited: {}",
        "Goods and services of this kind ({}) may not be offered. The ad is removed without the right to restore and counts against the account.",
    ),
    "ru": (
        "Запрещено: {}",
        "Такие товары и услуги ({}) запрещены к размещению. Объявление удалено без права восстановления, аккаунт получает нарушение.",
    ),
    "kk": (
        "Тыйым салынған: {}",
        "Мұндай тауарлар мен қызметтерді ({}) орналастыруға тыйым салынған. Хабарландыру қалпына келтіру құқығынсыз жойылды, аккаунтқа ескерту беріледі.",
    ),
    "az": (
        "Qadağandır: {}",
        "Bu cür mal və xidmətlərin ({}) yerləşdirilməsi qadağandır. Elan bərpa hüququ olmadan silinir və hesaba xəbərdarlıq yazılır.",
    ),
    "ka": (
        "აკრძალულია: {}",
        "ასეთი საქონლისა და მომსახურების ({}) განთავსება აკრძალულია. განცხადება წაიშალა აღდგენის უფლების გარეშე და ანგარიშს დარღვევა ეწერება.",
    ),
}

for _group, _names in _PROHIBITED_NAMES.items():
    REASONS[f"prohibited.{_group}"] = {
        lang: (_PROHIBITED_TEXT[lang][0].format(name), _PROHIBITED_TEXT[lang][1].format(name))
        for lang, name in zip(LANGUAGES, _names, strict=True)
    }

_UNKNOWN = {
    "en": ("Rule violation", "The ad breaks a posting rule. Check it against the rules and edit it."),
    "ru": ("Нарушение правил", "Объявление нарушает правила размещения. Сверьте его с правилами и отредактируйте."),
    "kk": ("Ережені бұзу", "Хабарландыру орналастыру ережесін бұзады. Оны ережелермен салыстырып, өңдеңіз."),
    "az": ("Qayda pozuntusu", "Elan yerləşdirmə qaydasını pozur. Onu qaydalarla yoxlayın və redaktə edin."),
    "ka": ("წესის დარღვევა", "განცხადება არღვევს განთავსების წესს. შეადარეთ წესებს და დაარედაქტირეთ."),
}


def reason(code: str, lang: str = "en") -> tuple[str, str]:
    """(title, explanation) for `code` in `lang` (en, ru, kk, az, ka); English when `lang` is unknown."""
    lang = (lang or "en").split("-")[0].lower()
    texts = REASONS.get(code)
    if texts is None:
        return _UNKNOWN.get(lang, _UNKNOWN["en"])
    return texts.get(lang) or texts["en"]
