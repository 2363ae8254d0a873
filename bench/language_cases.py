"""The statements of bench/languages.py: short news reports in many languages, each with
faithful statements (that should pass) and invented ones (that should be refused).

Each set is a dict: language -> (article, faithful statements, invented statements by kind).
"""

from __future__ import annotations

import datetime as dt

# The first set, 2026-12-05: a depot fire on Tuesday 10 March 2026 (seven workers dead, a named
# fire chief), twelve languages; two faithful statements each (a paraphrase in the article's
# language, the same in English) and three invented ones (a person the article does not name,
# a wrong number, a wrong weekday). It was looked at to find the faults it showed, so it is no
# longer held out.
FIRST_DATED = dt.date(2026, 3, 10)
_FIRST: dict[str, tuple[str, list[str], dict[str, str]]] = {
    "fr": (
        "LYON, 10 mars 2026 – Un incendie dans un dépôt de carburant a tué sept ouvriers mardi, "
        "a déclaré le chef des pompiers, Marc Dubois.",
        [
            "Sept ouvriers sont morts mardi dans l'incendie d'un dépôt, selon Marc Dubois.",
            "Seven workers died in a fuel depot fire on Tuesday, according to Marc Dubois.",
        ],
        {
            "name": "Selon Pierre Lambert, l'incendie a tué sept ouvriers.",
            "number": "L'incendie a tué neuf ouvriers mardi.",
            "date": "L'incendie a eu lieu jeudi.",
        },
    ),
    "es": (
        "SEVILLA, 10 de marzo de 2026 – Un incendio en un depósito de combustible mató a siete "
        "trabajadores el martes, dijo el jefe de bomberos, Luis Ortega.",
        [
            "Siete trabajadores murieron el martes en el incendio, según Luis Ortega.",
            "Seven workers were killed on Tuesday, fire chief Luis Ortega said.",
        ],
        {
            "name": "Según Carlos Medina, murieron siete trabajadores.",
            "number": "El incendio mató a doce trabajadores.",
            "date": "El incendio ocurrió el viernes.",
        },
    ),
    "de": (
        "HAMBURG, 10. März 2026 – Ein Brand in einem Treibstofflager hat am Dienstag sieben "
        "Arbeiter getötet, sagte Feuerwehrchef Jonas Weber.",
        [
            "Bei dem Brand starben am Dienstag sieben Arbeiter, so Jonas Weber.",
            "Seven workers were killed on Tuesday, said Jonas Weber.",
        ],
        {
            "name": "Laut Stefan Braun starben sieben Arbeiter.",
            "number": "Der Brand tötete fünf Arbeiter.",
            "date": "Der Brand war am Mittwoch.",
        },
    ),
    "pt": (
        "PORTO, 10 de março de 2026 – Um incêndio num depósito de combustível matou sete "
        "trabalhadores na terça-feira, disse o comandante dos bombeiros, Rui Costa.",
        [
            "Sete trabalhadores morreram na terça-feira, segundo Rui Costa.",
            "Seven workers died on Tuesday, according to Rui Costa.",
        ],
        {
            "name": "Segundo Paulo Santos, morreram sete trabalhadores.",
            "number": "O incêndio matou oito trabalhadores.",
            "date": "O incêndio ocorreu no sábado.",
        },
    ),
    "it": (
        "GENOVA, 10 marzo 2026 – Un incendio in un deposito di carburante ha ucciso sette "
        "operai martedì, ha detto il comandante dei vigili del fuoco, Marco Rossi.",
        [
            "Sette operai sono morti martedì nell'incendio, secondo Marco Rossi.",
            "Seven workers were killed on Tuesday, Marco Rossi said.",
        ],
        {
            "name": "Secondo Luca Bianchi, sono morti sette operai.",
            "number": "L'incendio ha ucciso dieci operai.",
            "date": "L'incendio è avvenuto domenica.",
        },
    ),
    "ru": (
        "САМАРА, 10 марта 2026 года – Пожар на топливном складе во вторник унёс жизни семи "
        "рабочих, сообщил начальник пожарной охраны Игорь Петров.",
        [
            "Во вторник при пожаре погибли рабочие, сообщил Игорь Петров.",
            "Workers died in the depot fire on Tuesday, the fire chief said.",
        ],
        {
            "name": "По словам Сергея Иванова, при пожаре погибли рабочие.",
            "number": "Пожар унёс жизни 12 рабочих.",
            "date": "Пожар произошёл в четверг.",
        },
    ),
    "pl": (
        "GDAŃSK, 10 marca 2026 – Pożar w składzie paliw zabił we wtorek siedmiu robotników, "
        "powiedział komendant straży pożarnej Piotr Nowak.",
        [
            "We wtorek w pożarze zginęli robotnicy, według Piotra Nowaka.",
            "Workers were killed in the fire on Tuesday, said Piotr Nowak.",
        ],
        {
            "name": "Według Tomasza Zielińskiego w pożarze zginęli robotnicy.",
            "number": "Pożar zabił 11 robotników.",
            "date": "Pożar wybuchł w piątek.",
        },
    ),
    "tr": (
        "İZMİR, 10 Mart 2026 – Bir yakıt deposunda çıkan yangında salı günü yedi işçi "
        "hayatını kaybetti, dedi itfaiye şefi Mehmet Yılmaz.",
        [
            "Mehmet Yılmaz'a göre salı günkü yangında işçiler öldü.",
            "Workers died in the fire on Tuesday, according to Mehmet Yılmaz.",
        ],
        {
            "name": "Ahmet Demir'e göre yangında işçiler öldü.",
            "number": "Yangında 15 işçi öldü.",
            "date": "Yangın çarşamba günü çıktı.",
        },
    ),
    "el": (
        "ΠΕΙΡΑΙΑΣ, 10 Μαρτίου 2026 – Πυρκαγιά σε αποθήκη καυσίμων σκότωσε επτά εργάτες την "
        "Τρίτη, δήλωσε ο αρχηγός της πυροσβεστικής Νίκος Παπαδόπουλος.",
        [
            "Εργάτες σκοτώθηκαν την Τρίτη, σύμφωνα με τον Νίκο Παπαδόπουλο.",
            "Workers were killed in the depot fire on Tuesday, the fire chief said.",
        ],
        {
            "name": "Σύμφωνα με τον Γιώργο Αντωνίου, σκοτώθηκαν εργάτες.",
            "number": "Η πυρκαγιά σκότωσε 20 εργάτες.",
            "date": "Η πυρκαγιά ξέσπασε την Πέμπτη.",
        },
    ),
    "ar": (
        "حيفا، 10 مارس 2026 – قال قائد الدفاع المدني سامي حداد إن حريقا في مستودع للوقود "
        "أودى بحياة سبعة عمال يوم الثلاثاء.",
        [
            "لقي عمال حتفهم في الحريق يوم الثلاثاء، بحسب سامي حداد.",
            "Workers died in the depot fire on Tuesday, the civil defence chief said.",
        ],
        {
            "name": "قال خالد منصور إن الحريق أودى بحياة عمال.",
            "number": "أودى الحريق بحياة 13 عاملا.",
            "date": "اندلع الحريق يوم الخميس.",
        },
    ),
    "hi": (
        "मुंबई, 10 मार्च 2026 – अग्निशमन प्रमुख राजेश कुमार ने कहा कि मंगलवार को एक ईंधन डिपो "
        "में लगी आग में सात मज़दूरों की मौत हो गई।",
        [
            "राजेश कुमार के अनुसार मंगलवार को आग में मज़दूरों की मौत हो गई।",
            "Workers died in the depot fire on Tuesday, the fire chief said.",
        ],
        {
            "name": "सुरेश वर्मा के अनुसार आग में मज़दूरों की मौत हुई।",
            "number": "आग में 14 मज़दूरों की मौत हुई।",
            "date": "आग शुक्रवार को लगी।",
        },
    ),
    "zh": (
        "天津，2026年3月10日——消防负责人王伟说，星期二一座燃料仓库发生火灾，造成7名工人死亡。",
        [
            "据王伟说，星期二的火灾造成7名工人死亡。",
            "Seven workers died in the depot fire on Tuesday, the fire chief said.",
        ],
        {
            "name": "据李明说，火灾造成7名工人死亡。",
            "number": "火灾造成9名工人死亡。",
            "date": "火灾发生在星期四。",
        },
    ),
}
FIRST = {
    language: (article, faithful, list(invented.items()))
    for language, (article, faithful, invented) in _FIRST.items()
}


# The second set, written 2026-12-05 before any of that session's fixes and measured once
# before them: another story (a bridge brought down by rain on Saturday 14 November 2026,
# reported the next day: twelve dead, 30 hurt, a named official, rescuers from another city),
# sixteen languages (four not in the first set: Dutch, Ukrainian, Persian with its own digits,
# Japanese, Korean), three faithful statements each (a paraphrase, one with the other figure,
# one in English with the name transliterated) and four invented ones (a source the article
# does not name, a person named as doing something, a wrong number, a wrong weekday).
SECOND_DATED = dt.date(2026, 11, 15)
SECOND: dict[str, tuple[str, list[str], list[tuple[str, str]]]] = {
    "fr": (
        "NANTES, 15 novembre 2026 – Un pont s'est effondré samedi sous l'effet de pluies "
        "torrentielles, tuant douze personnes et en blessant 30 autres, a annoncé la préfète "
        "Claire Martin. Des équipes de secours venues d'Angers ont fouillé la rivière toute la "
        "nuit.",
        [
            "Douze personnes ont péri samedi dans l'effondrement du pont, selon Claire Martin.",
            "L'effondrement a fait 30 blessés.",
            "A bridge collapse killed 12 people on Saturday, said prefect Claire Martin.",
        ],
        [
            ("name", "Selon Julien Moreau, douze personnes sont mortes."),
            ("name", "Le ministre Paul Girard s'est rendu sur place."),
            ("number", "L'effondrement a fait 45 blessés."),
            ("date", "Le pont s'est effondré vendredi."),
        ],
    ),
    "es": (
        "VALENCIA, 15 de noviembre de 2026 – Un puente se derrumbó el sábado tras lluvias "
        "torrenciales, matando a doce personas e hiriendo a otras 30, informó la delegada del "
        "Gobierno, Ana Torres. Equipos de rescate llegados de Alicante buscaron en el río "
        "durante toda la noche.",
        [
            "Doce personas murieron el sábado al derrumbarse el puente, según Ana Torres.",
            "El derrumbe dejó 30 heridos.",
            "A bridge collapse on Saturday killed twelve people, Ana Torres said.",
        ],
        [
            ("name", "Según Javier Ruiz, murieron doce personas."),
            ("name", "El alcalde Miguel Herrera visitó el lugar."),
            ("number", "El derrumbe dejó 40 heridos."),
            ("date", "El puente se derrumbó el jueves."),
        ],
    ),
    "de": (
        "DRESDEN, 15. November 2026 – Eine Brücke ist am Samstag nach heftigen Regenfällen "
        "eingestürzt; zwölf Menschen kamen ums Leben, 30 wurden verletzt, teilte Landrätin "
        "Petra Schulz mit. Rettungskräfte aus Leipzig suchten die ganze Nacht den Fluss ab.",
        [
            "Beim Einsturz der Brücke starben am Samstag zwölf Menschen, so Petra Schulz.",
            "Nach Angaben der Landrätin gab es 30 Verletzte.",
            "Twelve people died when a bridge collapsed on Saturday, Petra Schulz said.",
        ],
        [
            ("name", "Laut Thomas Keller starben zwölf Menschen."),
            ("name", "Innenminister Frank Vogel besuchte die Unglücksstelle."),
            ("number", "Beim Einsturz wurden 50 Menschen verletzt."),
            ("date", "Die Brücke stürzte am Freitag ein."),
        ],
    ),
    "it": (
        "BOLOGNA, 15 novembre 2026 – Un ponte è crollato sabato dopo piogge torrenziali, "
        "uccidendo dodici persone e ferendone altre 30, ha dichiarato la prefetta Giulia "
        "Romano. Squadre di soccorso arrivate da Modena hanno cercato nel fiume per tutta la "
        "notte.",
        [
            "Dodici persone sono morte sabato nel crollo del ponte, secondo Giulia Romano.",
            "Il crollo ha causato 30 feriti.",
            "The bridge collapse killed 12 people on Saturday, according to Giulia Romano.",
        ],
        [
            ("name", "Secondo Paolo Conti, sono morte dodici persone."),
            ("name", "Il ministro Andrea Galli ha visitato il luogo."),
            ("number", "Il crollo ha causato 35 feriti."),
            ("date", "Il ponte è crollato venerdì."),
        ],
    ),
    "nl": (
        "UTRECHT, 15 november 2026 – Een brug is zaterdag na hevige regenval ingestort, "
        "waarbij twaalf mensen om het leven kwamen en 30 gewond raakten, zei burgemeester "
        "Sanne de Vries. Reddingsteams uit Arnhem doorzochten de hele nacht de rivier.",
        [
            "Bij de instorting van de brug kwamen zaterdag twaalf mensen om, aldus Sanne de Vries.",
            "Er vielen 30 gewonden.",
            "Twelve people were killed when a bridge collapsed on Saturday, mayor Sanne de Vries "
            "said.",
        ],
        [
            ("name", "Volgens Pieter Jansen kwamen twaalf mensen om."),
            ("name", "Minister Mark Visser bezocht de plek."),
            ("number", "Er vielen 60 gewonden."),
            ("date", "De brug stortte woensdag in."),
        ],
    ),
    "ru": (
        "ВОРОНЕЖ, 15 ноября 2026 года – В субботу после проливных дождей обрушился мост, "
        "погибли двенадцать человек, ещё 30 получили ранения, сообщила губернатор Ольга "
        "Смирнова. Спасатели из Липецка всю ночь обследовали реку.",
        [
            "По словам Ольги Смирновой, в субботу при обрушении моста погибли двенадцать человек.",
            "Ранения получили 30 человек.",
            "Twelve people died when a bridge collapsed on Saturday, governor Olga Smirnova said.",
        ],
        [
            ("name", "По словам Андрея Козлова, погибли двенадцать человек."),
            ("name", "Министр Дмитрий Орлов посетил место трагедии."),
            ("number", "Ранения получили 45 человек."),
            ("date", "Мост обрушился в пятницу."),
        ],
    ),
    "uk": (
        "ХАРКІВ, 15 листопада 2026 року – У суботу після сильних дощів обвалився міст, "
        "загинули дванадцять людей, ще 30 дістали поранення, повідомила голова області Ірина "
        "Коваленко. Рятувальники з Полтави всю ніч обстежували річку.",
        [
            "За словами Ірини Коваленко, у суботу внаслідок обвалу мосту загинули дванадцять "
            "людей.",
            "Поранення дістали 30 людей.",
            "Twelve people were killed in a bridge collapse on Saturday, said Iryna Kovalenko.",
        ],
        [
            ("name", "За словами Олега Бондаренка, загинули дванадцять людей."),
            ("name", "Міністр Василь Шевчук відвідав місце трагедії."),
            ("number", "Поранення дістали 25 людей."),
            ("date", "Міст обвалився в четвер."),
        ],
    ),
    "pl": (
        "KRAKÓW, 15 listopada 2026 r. – W sobotę po ulewnych deszczach zawalił się most; "
        "zginęło dwanaście osób, a 30 zostało rannych, poinformowała wojewoda Anna Nowak. "
        "Ratownicy z Tarnowa przez całą noc przeszukiwali rzekę.",
        [
            "Według Anny Nowak w sobotę w katastrofie mostu zginęło dwanaście osób.",
            "Rannych zostało 30 osób.",
            "Twelve people died in a bridge collapse on Saturday, Anna Nowak said.",
        ],
        [
            ("name", "Według Piotra Wiśniewskiego zginęło dwanaście osób."),
            ("name", "Minister Tomasz Zieliński odwiedził miejsce katastrofy."),
            ("number", "Rannych zostało 70 osób."),
            ("date", "Most zawalił się w piątek."),
        ],
    ),
    "tr": (
        "İZMİR, 15 Kasım 2026 – Şiddetli yağışların ardından cumartesi günü bir köprü çöktü; "
        "on iki kişi hayatını kaybetti, 30 kişi yaralandı, Vali Ayşe Demir açıkladı. "
        "Manisa'dan gelen kurtarma ekipleri gece boyunca nehirde arama yaptı.",
        [
            "Ayşe Demir'e göre cumartesi günü köprünün çökmesi sonucu on iki kişi öldü.",
            "Çökmede 30 kişi yaralandı.",
            "Twelve people died when a bridge collapsed on Saturday, governor Ayşe Demir said.",
        ],
        [
            ("name", "Mehmet Yılmaz'a göre on iki kişi öldü."),
            ("name", "Bakan Emre Kaya olay yerini ziyaret etti."),
            ("number", "Çökmede 80 kişi yaralandı."),
            ("date", "Köprü perşembe günü çöktü."),
        ],
    ),
    "el": (
        "ΠΑΤΡΑ, 15 Νοεμβρίου 2026 – Μια γέφυρα κατέρρευσε το Σάββατο μετά από καταρρακτώδεις "
        "βροχές, σκοτώνοντας δώδεκα ανθρώπους και τραυματίζοντας άλλους 30, δήλωσε η "
        "περιφερειάρχης Μαρία Παπαδοπούλου. Διασώστες από την Κόρινθο έψαχναν όλη τη νύχτα "
        "στο ποτάμι.",
        [
            "Σύμφωνα με τη Μαρία Παπαδοπούλου, δώδεκα άνθρωποι σκοτώθηκαν το Σάββατο από την "
            "κατάρρευση της γέφυρας.",
            "Τραυματίστηκαν 30 άνθρωποι.",
            "Twelve people were killed when a bridge collapsed on Saturday, Maria Papadopoulou "
            "said.",
        ],
        [
            ("name", "Σύμφωνα με τον Γιώργο Νικολάου, σκοτώθηκαν δώδεκα άνθρωποι."),
            ("name", "Ο υπουργός Κώστας Δημητρίου επισκέφθηκε την περιοχή."),
            ("number", "Τραυματίστηκαν 90 άνθρωποι."),
            ("date", "Η γέφυρα κατέρρευσε την Παρασκευή."),
        ],
    ),
    "ar": (
        "الموصل، 15 نوفمبر 2026 – انهار جسر يوم السبت بعد أمطار غزيرة، ما أسفر عن مقتل 12 "
        "شخصا وإصابة 30 آخرين، بحسب ما أعلن المحافظ عمر الجبوري. وبحثت فرق إنقاذ قادمة من "
        "أربيل في النهر طوال الليل.",
        [
            "قال عمر الجبوري إن 12 شخصا قتلوا يوم السبت في انهيار الجسر.",
            "أصيب 30 شخصا في انهيار الجسر.",
            "Twelve people were killed when a bridge collapsed on Saturday, governor Omar "
            "al-Jabouri said.",
        ],
        [
            ("name", "قال حسن العبيدي إن 12 شخصا قتلوا."),
            ("name", "زار الوزير كريم الساعدي موقع الحادث."),
            ("number", "أصيب 50 شخصا في انهيار الجسر."),
            ("date", "انهار الجسر يوم الجمعة."),
        ],
    ),
    "fa": (
        "شیراز، ۲۴ آبان ۱۴۰۵ – یک پل روز شنبه پس از بارش‌های شدید فرو ریخت و ۱۲ نفر کشته و ۳۰ "
        "نفر دیگر زخمی شدند، استاندار علی رضایی اعلام کرد. تیم‌های امداد از اصفهان تمام شب "
        "رودخانه را جست‌وجو کردند.",
        [
            "به گفته علی رضایی، روز شنبه در فروریختن پل ۱۲ نفر کشته شدند.",
            "۳۰ نفر در این حادثه زخمی شدند.",
            "Twelve people were killed when a bridge collapsed on Saturday, governor Ali Rezaei "
            "said.",
        ],
        [
            ("name", "به گفته محمد حسینی، ۱۲ نفر کشته شدند."),
            ("name", "وزیر رضا کریمی از محل حادثه بازدید کرد."),
            ("number", "۴۵ نفر در این حادثه زخمی شدند."),
            ("date", "پل روز جمعه فرو ریخت."),
        ],
    ),
    "hi": (
        "पटना, 15 नवंबर 2026 – भारी बारिश के बाद शनिवार को एक पुल ढह गया, जिसमें 12 लोगों की मौत "
        "हो गई और 30 अन्य घायल हो गए, ज़िलाधिकारी अमित सिंह ने बताया। भागलपुर से आई बचाव टीमों "
        "ने रात भर नदी में तलाश की।",
        [
            "अमित सिंह के अनुसार शनिवार को पुल ढहने से 12 लोगों की मौत हुई।",
            "हादसे में 30 लोग घायल हुए।",
            "Twelve people died when a bridge collapsed on Saturday, Amit Singh said.",
        ],
        [
            ("name", "विकास शर्मा के अनुसार 12 लोगों की मौत हुई।"),
            ("name", "मंत्री संजय यादव ने घटनास्थल का दौरा किया।"),
            ("number", "हादसे में 60 लोग घायल हुए।"),
            ("date", "पुल शुक्रवार को ढहा।"),
        ],
    ),
    "zh": (
        "重庆，2026年11月15日——省长张丽说，星期六暴雨过后一座桥梁坍塌，造成12人死亡、30人受伤。"
        "来自成都的救援队连夜在河中搜寻。",
        [
            "据张丽说，周六桥梁坍塌造成十二人死亡。",
            "桥梁坍塌造成30人受伤。",
            "Twelve people died when a bridge collapsed on Saturday, Zhang Li said.",
        ],
        [
            ("name", "据刘洋说，桥梁坍塌造成12人死亡。"),
            ("name", "部长陈刚视察了现场。"),
            ("number", "桥梁坍塌造成50人受伤。"),
            ("date", "桥梁在星期五坍塌。"),
        ],
    ),
    "ja": (
        "熊本、2026年11月15日 ― 県知事の佐藤恵子氏によると、土曜日に豪雨の後で橋が崩落し、"
        "12人が死亡、30人が負傷した。福岡から来た救助隊が夜通し川を捜索した。",
        [
            "佐藤恵子知事によると、土曜日の橋の崩落で12人が死亡した。",
            "崩落で30人が負傷した。",
            "Twelve people died when a bridge collapsed on Saturday, governor Keiko Sato said.",
        ],
        [
            ("name", "田中健一氏によると、12人が死亡した。"),
            ("name", "鈴木一郎大臣が現場を視察した。"),
            ("number", "崩落で45人が負傷した。"),
            ("date", "橋は金曜日に崩落した。"),
        ],
    ),
    "ko": (
        "대구, 2026년 11월 15일 – 폭우 뒤 토요일에 다리가 무너져 12명이 숨지고 30명이 다쳤다고 "
        "김민지 시장이 밝혔다. 포항에서 온 구조대가 밤새 강을 수색했다.",
        [
            "김민지 시장에 따르면 토요일 다리 붕괴로 12명이 숨졌다.",
            "30명이 부상을 입었다.",
            "Twelve people died when a bridge collapsed on Saturday, mayor Kim Min-ji said.",
        ],
        [
            ("name", "이준호 장관에 따르면 12명이 숨졌다."),
            ("name", "박성민 의원이 현장을 방문했다."),
            ("number", "다리 붕괴로 40명이 다쳤다."),
            ("date", "다리는 금요일에 무너졌다."),
        ],
    ),
}


# The third set, written 2026-12-05 after the fixes the second set led to, and measured once
# before any fix it leads to: another story (a drone strike on a market on Wednesday 20
# January 2027, reported the next day, some reports saying "yesterday": nine civilians dead,
# 25 wounded, a named ministry spokesman), eighteen languages (Swedish, Czech, Romanian,
# Bulgarian, Hebrew and Bengali new), three faithful and four invented statements each, as
# in the second set; one invented date is a wrong month.
THIRD_DATED = dt.date(2027, 1, 21)
THIRD: dict[str, tuple[str, list[str], list[tuple[str, str]]]] = {
    "fr": (
        "GAO, 21 janvier 2027 – Une frappe de drone a touché hier un marché, tuant neuf civils "
        "et en blessant 25, a déclaré le porte-parole du ministère de la Santé, Ibrahim Touré.",
        [
            "Neuf civils ont été tués mercredi par une frappe de drone sur un marché, selon "
            "Ibrahim Touré.",
            "La frappe a blessé 25 personnes.",
            "A drone strike on a market killed nine civilians on Wednesday, said Ibrahim Touré.",
        ],
        [
            ("name", "Selon Moussa Keïta, la frappe a tué neuf civils."),
            ("name", "Le général Amadou Sangaré a condamné la frappe."),
            ("number", "La frappe a tué onze civils."),
            ("date", "La frappe a eu lieu lundi."),
        ],
    ),
    "es": (
        "CÚCUTA, 21 de enero de 2027 – Un ataque con dron alcanzó el miércoles un mercado y "
        "mató a nueve civiles e hirió a 25, informó el portavoz del Ministerio de Salud, Andrés "
        "Gómez.",
        [
            "Nueve civiles murieron el miércoles en el ataque con dron, según Andrés Gómez.",
            "El ataque dejó 25 heridos.",
            "Nine civilians were killed in a drone strike on a market on Wednesday, Andrés Gómez "
            "said.",
        ],
        [
            ("name", "Según Felipe Vargas, murieron nueve civiles."),
            ("name", "El coronel Diego Castro condenó el ataque."),
            ("number", "El ataque mató a catorce civiles."),
            ("date", "El ataque ocurrió en febrero."),
        ],
    ),
    "pt": (
        "BEIRA, 21 de janeiro de 2027 – Um ataque de drone atingiu ontem um mercado, matando "
        "nove civis e ferindo 25, disse o porta-voz do Ministério da Saúde, João Mabunda.",
        [
            "Nove civis morreram na quarta-feira num ataque de drone, segundo João Mabunda.",
            "O ataque deixou 25 feridos.",
            "A drone strike killed nine civilians on Wednesday, according to João Mabunda.",
        ],
        [
            ("name", "Segundo Carlos Sitoe, morreram nove civis."),
            ("name", "O ministro Alberto Nhaca visitou o mercado."),
            ("number", "O ataque deixou 52 feridos."),
            ("date", "O ataque aconteceu na sexta-feira."),
        ],
    ),
    "de": (
        "KRAMATORSK, 21. Januar 2027 – Ein Drohnenangriff hat am Mittwoch einen Markt getroffen "
        "und neun Zivilisten getötet sowie 25 verletzt, sagte der Sprecher des "
        "Gesundheitsministeriums, Oleh Bondar.",
        [
            "Am Mittwoch wurden neun Zivilisten bei einem Drohnenangriff auf einen Markt getötet, "
            "so Oleh Bondar.",
            "Der Angriff verletzte 25 Menschen.",
            "Nine civilians were killed by a drone strike on a market on Wednesday, Oleh Bondar "
            "said.",
        ],
        [
            ("name", "Laut Michael Hartmann wurden neun Zivilisten getötet."),
            ("name", "General Klaus Becker verurteilte den Angriff."),
            ("number", "Der Angriff tötete sieben Zivilisten."),
            ("date", "Der Angriff war am Dienstag."),
        ],
    ),
    "sv": (
        "STOCKHOLM, 21 januari 2027 – En drönarattack träffade i går en marknad i Sudan och "
        "dödade nio civila och skadade 25, uppgav hälsoministeriets talesperson Ahmed Osman.",
        [
            "Nio civila dödades på onsdagen i en drönarattack mot en marknad, enligt Ahmed Osman.",
            "Attacken skadade 25 personer.",
            "Nine civilians were killed in a drone attack on a market on Wednesday, Ahmed Osman "
            "said.",
        ],
        [
            ("name", "Enligt Erik Lindberg dödades nio civila."),
            ("name", "Ministern Anna Holm fördömde attacken."),
            ("number", "Attacken dödade tolv civila."),
            ("date", "Attacken skedde på fredagen."),
        ],
    ),
    "cs": (
        "BRNO, 21. ledna 2027 – Útok dronu zasáhl ve středu tržiště, zabil devět civilistů a 25 "
        "zranil, uvedl mluvčí ministerstva zdravotnictví Petr Novák.",
        [
            "Podle Petra Nováka ve středu zahynulo devět civilistů při útoku dronu.",
            "Útok zranil 25 lidí.",
            "A drone strike killed nine civilians on Wednesday, said Petr Novák.",
        ],
        [
            ("name", "Podle Jana Dvořáka zahynulo devět civilistů."),
            ("name", "Generál Tomáš Černý útok odsoudil."),
            ("number", "Útok zabil šest civilistů."),
            ("date", "K útoku došlo v pondělí."),
        ],
    ),
    "ro": (
        "CHIȘINĂU, 21 ianuarie 2027 – Un atac cu dronă a lovit miercuri o piață, ucigând nouă "
        "civili și rănind 25, a declarat purtătorul de cuvânt al Ministerului Sănătății, Ion "
        "Popescu.",
        [
            "Nouă civili au fost uciși miercuri într-un atac cu dronă, potrivit lui Ion Popescu.",
            "Atacul a rănit 25 de persoane.",
            "A drone attack killed nine civilians on Wednesday, said Ion Popescu.",
        ],
        [
            ("name", "Potrivit lui Mihai Ionescu, nouă civili au murit."),
            ("name", "Generalul Vasile Marin a condamnat atacul."),
            ("number", "Atacul a ucis zece civili."),
            ("date", "Atacul a avut loc vineri."),
        ],
    ),
    "ru": (
        "ДОНЕЦК, 21 января 2027 года – Вчера беспилотник нанёс удар по рынку, погибли девять "
        "мирных жителей, 25 ранены, сообщил представитель минздрава Алексей Морозов.",
        [
            "По словам Алексея Морозова, в среду при ударе по рынку погибли девять мирных жителей.",
            "Ранены 25 человек.",
            "Nine civilians died in a drone strike on a market on Wednesday, Alexei Morozov said.",
        ],
        [
            ("name", "По словам Николая Соколова, погибли девять мирных жителей."),
            ("name", "Генерал Виктор Лебедев осудил удар."),
            ("number", "Погибли одиннадцать мирных жителей."),
            ("date", "Удар был нанесён в понедельник."),
        ],
    ),
    "bg": (
        "СОФИЯ, 21 януари 2027 г. – Дрон порази в сряда пазар, като уби девет цивилни и рани "
        "25, съобщи говорителят на здравното министерство Георги Иванов.",
        [
            "Според Георги Иванов в сряда при удара са загинали девет цивилни.",
            "Ранени са 25 души.",
            "Nine civilians were killed on Wednesday, Georgi Ivanov said.",
        ],
        [
            ("name", "Според Димитър Петров са загинали девет цивилни."),
            ("name", "Генерал Стоян Колев осъди удара."),
            ("number", "Ударът уби осем цивилни."),
            ("date", "Ударът беше в петък."),
        ],
    ),
    "tr": (
        "GAZİANTEP, 21 Ocak 2027 – Dün bir pazar yerine düzenlenen insansız hava aracı "
        "saldırısında dokuz sivil öldü, 25 kişi yaralandı, Sağlık Bakanlığı sözcüsü Hakan "
        "Çelik açıkladı.",
        [
            "Hakan Çelik'e göre çarşamba günü pazar yerine yapılan saldırıda dokuz sivil öldü.",
            "Saldırıda 25 kişi yaralandı.",
            "Nine civilians were killed in a drone strike on a market on Wednesday, Hakan Çelik "
            "said.",
        ],
        [
            ("name", "Murat Aydın'a göre dokuz sivil öldü."),
            ("name", "General Serkan Öztürk saldırıyı kınadı."),
            ("number", "Saldırıda on üç sivil öldü."),
            ("date", "Saldırı pazartesi günü oldu."),
        ],
    ),
    "el": (
        "ΑΘΗΝΑ, 21 Ιανουαρίου 2027 – Επίθεση με drone έπληξε χθες μια αγορά, σκοτώνοντας εννέα "
        "αμάχους και τραυματίζοντας 25, δήλωσε ο εκπρόσωπος του υπουργείου Υγείας Νίκος "
        "Αντωνίου.",
        [
            "Σύμφωνα με τον Νίκο Αντωνίου, εννέα άμαχοι σκοτώθηκαν την Τετάρτη σε επίθεση με "
            "drone.",
            "Τραυματίστηκαν 25 άνθρωποι.",
            "Nine civilians were killed in a drone strike on Wednesday, said Nikos Antoniou.",
        ],
        [
            ("name", "Σύμφωνα με τον Γιάννη Κωνσταντίνου, σκοτώθηκαν εννέα άμαχοι."),
            ("name", "Ο στρατηγός Πέτρος Γεωργίου καταδίκασε την επίθεση."),
            ("number", "Σκοτώθηκαν δεκαπέντε άμαχοι."),
            ("date", "Η επίθεση έγινε τη Δευτέρα."),
        ],
    ),
    "ar": (
        "حلب، 21 يناير 2027 – أصابت غارة بطائرة مسيرة سوقا يوم الأربعاء، ما أسفر عن مقتل تسعة "
        "مدنيين وإصابة 25، بحسب المتحدث باسم وزارة الصحة محمود الأحمد.",
        [
            "قال محمود الأحمد إن تسعة مدنيين قتلوا يوم الأربعاء في غارة على سوق.",
            "أصيب 25 شخصا في الغارة.",
            "Nine civilians were killed in a drone strike on a market on Wednesday, Mahmoud "
            "al-Ahmad said.",
        ],
        [
            ("name", "قال فادي الشامي إن تسعة مدنيين قتلوا."),
            ("name", "أدان اللواء ياسر العلي الغارة."),
            ("number", "قتل سبعة مدنيين في الغارة."),
            ("date", "وقعت الغارة يوم الاثنين."),
        ],
    ),
    "fa": (
        "مشهد، ۱ بهمن ۱۴۰۵ – یک حمله پهپادی روز چهارشنبه یک بازار را هدف قرار داد و نه "
        "غیرنظامی کشته و ۲۵ نفر زخمی شدند، سخنگوی وزارت بهداشت حسن نوری اعلام کرد.",
        [
            "به گفته حسن نوری، روز چهارشنبه نه غیرنظامی در حمله پهپادی کشته شدند.",
            "۲۵ نفر در این حمله زخمی شدند.",
            "Nine civilians were killed in a drone strike on Wednesday, said Hassan Nouri.",
        ],
        [
            ("name", "به گفته مهدی احمدی، نه غیرنظامی کشته شدند."),
            ("name", "سردار امیر جعفری این حمله را محکوم کرد."),
            ("number", "۱۲ غیرنظامی در این حمله کشته شدند."),
            ("date", "این حمله روز دوشنبه رخ داد."),
        ],
    ),
    "he": (
        "ירושלים, 21 בינואר 2027 – תקיפת רחפן פגעה אתמול בשוק, הרגה תשעה אזרחים ופצעה 25, כך "
        "מסר דובר משרד הבריאות יוסי מזרחי.",
        [
            "לדברי יוסי מזרחי, תשעה אזרחים נהרגו ביום רביעי בתקיפת רחפן בשוק.",
            "25 בני אדם נפצעו בתקיפה.",
            "Nine civilians were killed in a drone strike on a market on Wednesday, Yossi "
            "Mizrahi said.",
        ],
        [
            ("name", "לדברי אבי פרץ, נהרגו תשעה אזרחים."),
            ("name", "האלוף רון ביטון גינה את התקיפה."),
            ("number", "בתקיפה נהרגו שבעה אזרחים."),
            ("date", "התקיפה אירעה ביום שני."),
        ],
    ),
    "hi": (
        "नई दिल्ली, 21 जनवरी 2027 – एक ड्रोन हमले ने बुधवार को एक बाज़ार को निशाना बनाया, जिसमें नौ "
        "नागरिक मारे गए और 25 घायल हुए, स्वास्थ्य मंत्रालय के प्रवक्ता रमेश पांडे ने बताया।",
        [
            "रमेश पांडे के अनुसार बुधवार को ड्रोन हमले में नौ नागरिक मारे गए।",
            "हमले में 25 लोग घायल हुए।",
            "Nine civilians were killed in a drone strike on a market on Wednesday, Ramesh "
            "Pandey said.",
        ],
        [
            ("name", "दिनेश मिश्रा के अनुसार नौ नागरिक मारे गए।"),
            ("name", "जनरल अजय चौहान ने हमले की निंदा की।"),
            ("number", "हमले में 40 लोग घायल हुए।"),
            ("date", "हमला सोमवार को हुआ।"),
        ],
    ),
    "bn": (
        "ঢাকা, ২১ জানুয়ারি ২০২৭ – বুধবার একটি ড্রোন হামলায় একটি বাজারে নয়জন বেসামরিক নিহত ও "
        "২৫ জন আহত হয়েছেন, স্বাস্থ্য মন্ত্রণালয়ের মুখপাত্র রফিকুল ইসলাম জানিয়েছেন।",
        [
            "রফিকুল ইসলামের মতে, বুধবার ড্রোন হামলায় নয়জন বেসামরিক নিহত হয়েছেন।",
            "হামলায় ২৫ জন আহত হয়েছেন।",
            "Nine civilians were killed in a drone strike on Wednesday, Rafiqul Islam said.",
        ],
        [
            ("name", "আব্দুল করিমের মতে, নয়জন বেসামরিক নিহত হয়েছেন।"),
            ("name", "জেনারেল মাহমুদ হাসান হামলার নিন্দা জানিয়েছেন।"),
            ("number", "হামলায় ৪০ জন আহত হয়েছেন।"),
            ("date", "হামলাটি সোমবার হয়েছিল।"),
        ],
    ),
    "zh": (
        "喀土穆，2027年1月21日——卫生部发言人赵明说，一架无人机昨天袭击了一个市场，造成9名平民死亡、"
        "25人受伤。",
        [
            "据赵明说，周三无人机袭击市场造成9名平民死亡。",
            "袭击造成25人受伤。",
            "A drone strike on a market killed nine civilians on Wednesday, Zhao Ming said.",
        ],
        [
            ("name", "据孙磊说，袭击造成9名平民死亡。"),
            ("name", "将军马军谴责了这次袭击。"),
            ("number", "袭击造成11名平民死亡。"),
            ("date", "袭击发生在星期一。"),
        ],
    ),
    "ko": (
        "서울, 2027년 1월 21일 – 어제 드론 공격이 시장을 강타해 민간인 9명이 숨지고 25명이 "
        "다쳤다고 보건부 대변인 정우성이 밝혔다.",
        [
            "정우성 대변인에 따르면 수요일 드론 공격으로 민간인 9명이 숨졌다.",
            "공격으로 25명이 다쳤다.",
            "Nine civilians were killed in a drone strike on a market on Wednesday, spokesman "
            "Jung Woo-sung said.",
        ],
        [
            ("name", "한지민 대변인에 따르면 민간인 9명이 숨졌다."),
            ("name", "김태호 장군이 공격을 규탄했다."),
            ("number", "공격으로 민간인 15명이 숨졌다."),
            ("date", "공격은 월요일에 일어났다."),
        ],
    ),
}


# The fourth set, written 2026-12-05 after the fixes the third set led to, and measured once
# before any fix it leads to: another story (police break up a protest on Friday 5 March 2027,
# reported the next day, most reports saying "yesterday": 40 arrested, six officers hurt, a
# ministry spokeswoman and an opposition leader named), eighteen languages (Urdu and
# Indonesian new), three faithful statements each (one naming the second person, one with
# the other figure, one in English naming the first) and four invented ones, as before.
FOURTH_DATED = dt.date(2027, 3, 6)
FOURTH: dict[str, tuple[str, list[str], list[tuple[str, str]]]] = {
    "fr": (
        "RENNES, 6 mars 2027 – La police a dispersé hier une manifestation à coups de gaz "
        "lacrymogène et interpellé 40 personnes ; six policiers ont été blessés, a indiqué la "
        "porte-parole du ministère de l'Intérieur, Sophie Lefèvre. Le chef de l'opposition, "
        "Antoine Garnier, a appelé au calme.",
        [
            "Antoine Garnier, chef de l'opposition, a appelé au calme après les heurts de "
            "vendredi.",
            "La police a interpellé 40 manifestants.",
            "Six police officers were injured on Friday, interior ministry spokeswoman Sophie "
            "Lefèvre said.",
        ],
        [
            ("name", "Selon Nicolas Perrin, 40 personnes ont été interpellées."),
            ("name", "Le maire Julien Caron a condamné les violences."),
            ("number", "Huit policiers ont été blessés."),
            ("date", "Les heurts ont eu lieu jeudi."),
        ],
    ),
    "es": (
        "ROSARIO, 6 de marzo de 2027 – La policía dispersó ayer con gases lacrimógenos una "
        "manifestación y detuvo a 40 personas; seis agentes resultaron heridos, informó la "
        "portavoz del Ministerio del Interior, Lucía Fernández. El líder opositor, Martín "
        "Herrera, pidió calma.",
        [
            "Martín Herrera, líder de la oposición, pidió calma tras los choques del viernes.",
            "La policía detuvo a 40 manifestantes.",
            "Six officers were injured on Friday, said interior ministry spokeswoman Lucía "
            "Fernández.",
        ],
        [
            ("name", "Según Pablo Navarro, 40 personas fueron detenidas."),
            ("name", "El gobernador Ricardo Molina condenó la violencia."),
            ("number", "La policía detuvo a 70 personas."),
            ("date", "Los choques ocurrieron el miércoles."),
        ],
    ),
    "it": (
        "TORINO, 6 marzo 2027 – La polizia ha disperso ieri con i lacrimogeni una "
        "manifestazione e fermato 40 persone; sei agenti sono rimasti feriti, ha detto la "
        "portavoce del ministero dell'Interno, Chiara Ferri. Il leader dell'opposizione, "
        "Davide Moretti, ha invitato alla calma.",
        [
            "Davide Moretti, leader dell'opposizione, ha invitato alla calma dopo gli scontri di "
            "venerdì.",
            "La polizia ha fermato 40 manifestanti.",
            "Six officers were hurt on Friday, according to interior ministry spokeswoman "
            "Chiara Ferri.",
        ],
        [
            ("name", "Secondo Stefano Riva, sono state fermate 40 persone."),
            ("name", "Il sindaco Massimo Greco ha condannato le violenze."),
            ("number", "Sono rimasti feriti nove agenti."),
            ("date", "Gli scontri sono avvenuti a febbraio."),
        ],
    ),
    "de": (
        "LEIPZIG, 6. März 2027 – Die Polizei hat gestern eine Demonstration mit Tränengas "
        "aufgelöst und 40 Menschen festgenommen; sechs Beamte wurden verletzt, teilte die "
        "Sprecherin des Innenministeriums, Julia Hoffmann, mit. Oppositionsführer Markus Lange "
        "rief zur Ruhe auf.",
        [
            "Oppositionsführer Markus Lange rief nach den Zusammenstößen vom Freitag zur Ruhe auf.",
            "Die Polizei nahm 40 Demonstranten fest.",
            "Six officers were injured on Friday, interior ministry spokeswoman Julia Hoffmann "
            "said.",
        ],
        [
            ("name", "Laut Stefan Krüger wurden 40 Menschen festgenommen."),
            ("name", "Bürgermeister Andreas Wolf verurteilte die Gewalt."),
            ("number", "Zehn Beamte wurden verletzt."),
            ("date", "Die Zusammenstöße waren am Donnerstag."),
        ],
    ),
    "nl": (
        "GENT, 6 maart 2027 – De politie heeft gisteren met traangas een betoging "
        "uiteengedreven en 40 mensen opgepakt; zes agenten raakten gewond, zei de woordvoerster "
        "van het ministerie van Binnenlandse Zaken, Lotte Peeters. Oppositieleider Bram Willems "
        "riep op tot kalmte.",
        [
            "Oppositieleider Bram Willems riep na de rellen van vrijdag op tot kalmte.",
            "De politie pakte 40 betogers op.",
            "Six officers were injured on Friday, spokeswoman Lotte Peeters said.",
        ],
        [
            ("name", "Volgens Koen Maes werden 40 mensen opgepakt."),
            ("name", "Burgemeester Tom Claes veroordeelde het geweld."),
            ("number", "Er raakten acht agenten gewond."),
            ("date", "De rellen vonden dinsdag plaats."),
        ],
    ),
    "pl": (
        "POZNAŃ, 6 marca 2027 r. – Policja rozproszyła wczoraj gazem łzawiącym demonstrację i "
        "zatrzymała 40 osób; sześciu funkcjonariuszy zostało rannych, poinformowała "
        "rzeczniczka MSWiA Katarzyna Lewandowska. Lider opozycji Marek Kaczmarek zaapelował o "
        "spokój.",
        [
            "Lider opozycji Marek Kaczmarek zaapelował o spokój po piątkowych starciach.",
            "Policja zatrzymała 40 demonstrantów.",
            "Six officers were injured on Friday, spokeswoman Katarzyna Lewandowska said.",
        ],
        [
            ("name", "Według Pawła Zalewskiego zatrzymano 40 osób."),
            ("name", "Prezydent miasta Adam Sikora potępił przemoc."),
            ("number", "Policja zatrzymała 90 osób."),
            ("date", "Starcia miały miejsce w środę."),
        ],
    ),
    "uk": (
        "ЛЬВІВ, 6 березня 2027 року – Поліція вчора розігнала демонстрацію сльозогінним газом "
        "і затримала 40 осіб; шестеро правоохоронців дістали поранення, повідомила речниця МВС "
        "Олена Мельник. Лідер опозиції Андрій Ткаченко закликав до спокою.",
        [
            "Лідер опозиції Андрій Ткаченко закликав до спокою після сутичок у п'ятницю.",
            "Поліція затримала 40 демонстрантів.",
            "Six officers were injured on Friday, interior ministry spokeswoman Olena Melnyk said.",
        ],
        [
            ("name", "За словами Сергія Кравченка, затримали 40 осіб."),
            ("name", "Мер Віктор Шевченко засудив насильство."),
            ("number", "Поліція затримала 75 осіб."),
            ("date", "Сутички сталися в четвер."),
        ],
    ),
    "ru": (
        "КАЗАНЬ, 6 марта 2027 года – Полиция вчера разогнала демонстрацию слезоточивым газом и "
        "задержала 40 человек; шесть полицейских получили ранения, сообщила пресс-секретарь МВД "
        "Анна Кузнецова. Лидер оппозиции Павел Никитин призвал к спокойствию.",
        [
            "Лидер оппозиции Павел Никитин призвал к спокойствию после столкновений в пятницу.",
            "Полиция задержала 40 демонстрантов.",
            "Six police officers were injured on Friday, said interior ministry spokeswoman "
            "Anna Kuznetsova.",
        ],
        [
            ("name", "По словам Ивана Фёдорова, задержаны 40 человек."),
            ("name", "Мэр Олег Тихонов осудил насилие."),
            ("number", "Ранения получили восемь полицейских."),
            ("date", "Столкновения произошли во вторник."),
        ],
    ),
    "tr": (
        "BURSA, 6 Mart 2027 – Polis dün biber gazıyla bir gösteriyi dağıttı ve 40 kişiyi "
        "gözaltına aldı; altı polis yaralandı, İçişleri Bakanlığı sözcüsü Elif Aksoy açıkladı. "
        "Muhalefet lideri Burak Yıldız sükunet çağrısı yaptı.",
        [
            "Muhalefet lideri Burak Yıldız, cuma günkü çatışmaların ardından sükunet çağrısı "
            "yaptı.",
            "Polis 40 göstericiyi gözaltına aldı.",
            "Six officers were injured on Friday, interior ministry spokeswoman Elif Aksoy said.",
        ],
        [
            ("name", "Emre Koç'a göre 40 kişi gözaltına alındı."),
            ("name", "Belediye Başkanı Ali Kurt şiddeti kınadı."),
            ("number", "Dokuz polis yaralandı."),
            ("date", "Çatışmalar salı günü yaşandı."),
        ],
    ),
    "el": (
        "ΘΕΣΣΑΛΟΝΙΚΗ, 6 Μαρτίου 2027 – Η αστυνομία διέλυσε χθες με δακρυγόνα μια διαδήλωση και "
        "συνέλαβε 40 άτομα· έξι αστυνομικοί τραυματίστηκαν, δήλωσε η εκπρόσωπος του υπουργείου "
        "Προστασίας του Πολίτη Ελένη Δημητρίου. Ο αρχηγός της αντιπολίτευσης Κώστας "
        "Μαρκόπουλος κάλεσε σε ηρεμία.",
        [
            "Ο αρχηγός της αντιπολίτευσης Κώστας Μαρκόπουλος κάλεσε σε ηρεμία μετά τις "
            "συγκρούσεις της Παρασκευής.",
            "Η αστυνομία συνέλαβε 40 διαδηλωτές.",
            "Six officers were injured on Friday, spokeswoman Eleni Dimitriou said.",
        ],
        [
            ("name", "Σύμφωνα με τον Γιώργο Παπαδάκη, συνελήφθησαν 40 άτομα."),
            ("name", "Ο δήμαρχος Νίκος Σταύρου καταδίκασε τη βία."),
            ("number", "Τραυματίστηκαν οκτώ αστυνομικοί."),
            ("date", "Οι συγκρούσεις έγιναν την Τρίτη."),
        ],
    ),
    "ar": (
        "الإسكندرية، 6 مارس 2027 – فرّقت الشرطة أمس مظاهرة بالغاز المسيل للدموع واعتقلت 40 "
        "شخصا، وأصيب ستة من أفراد الشرطة، بحسب المتحدثة باسم وزارة الداخلية منى الشريف. ودعا "
        "زعيم المعارضة أحمد الخطيب إلى الهدوء.",
        [
            "دعا زعيم المعارضة أحمد الخطيب إلى الهدوء بعد اشتباكات يوم الجمعة.",
            "اعتقلت الشرطة 40 متظاهرا.",
            "Six police officers were injured on Friday, interior ministry spokeswoman Mona "
            "al-Sharif said.",
        ],
        [
            ("name", "قال طارق النجار إن الشرطة اعتقلت 40 شخصا."),
            ("name", "أدان المحافظ سامي العطار العنف."),
            ("number", "أصيب ثمانية من أفراد الشرطة."),
            ("date", "وقعت الاشتباكات يوم الخميس."),
        ],
    ),
    "fa": (
        "تبریز، ۱۵ اسفند ۱۴۰۵ – پلیس دیروز با گاز اشک‌آور یک تظاهرات را متفرق کرد و ۴۰ نفر را "
        "بازداشت کرد؛ شش مأمور پلیس زخمی شدند، سخنگوی وزارت کشور مریم احمدی اعلام کرد. رهبر "
        "مخالفان مهدی کریمی خواستار آرامش شد.",
        [
            "رهبر مخالفان مهدی کریمی پس از درگیری‌های روز جمعه خواستار آرامش شد.",
            "پلیس ۴۰ معترض را بازداشت کرد.",
            "Six police officers were injured on Friday, interior ministry spokeswoman Maryam "
            "Ahmadi said.",
        ],
        [
            ("name", "به گفته رضا موسوی، ۴۰ نفر بازداشت شدند."),
            ("name", "شهردار حسین رحیمی خشونت را محکوم کرد."),
            ("number", "هشت مأمور پلیس زخمی شدند."),
            ("date", "درگیری‌ها روز چهارشنبه رخ داد."),
        ],
    ),
    "ur": (
        "لاہور، 6 مارچ 2027 – پولیس نے کل آنسو گیس سے ایک مظاہرہ منتشر کیا اور 40 افراد کو "
        "گرفتار کر لیا؛ چھ پولیس اہلکار زخمی ہوئے، وزارت داخلہ کی ترجمان عائشہ خان نے بتایا۔ "
        "اپوزیشن رہنما عمران علی نے پرامن رہنے کی اپیل کی۔",
        [
            "اپوزیشن رہنما عمران علی نے جمعہ کی جھڑپوں کے بعد پرامن رہنے کی اپیل کی۔",
            "پولیس نے 40 مظاہرین کو گرفتار کیا۔",
            "Six police officers were injured, interior ministry spokeswoman Ayesha Khan said.",
        ],
        [
            ("name", "حسن رضا کے مطابق 40 افراد گرفتار ہوئے۔"),
            ("name", "میئر بلال احمد نے تشدد کی مذمت کی۔"),
            ("number", "پولیس نے 90 افراد کو گرفتار کیا۔"),
            ("date", "جھڑپیں منگل کو ہوئیں۔"),
        ],
    ),
    "he": (
        "חיפה, 6 במרץ 2027 – המשטרה פיזרה אתמול הפגנה בגז מדמיע ועצרה 40 בני אדם; שישה שוטרים "
        "נפצעו, כך מסרה דוברת המשרד לביטחון פנים מיכל לוי. ראש האופוזיציה אורי כהן קרא להירגע.",
        [
            "ראש האופוזיציה אורי כהן קרא להירגע לאחר העימותים ביום שישי.",
            "המשטרה עצרה 40 מפגינים.",
            "Six police officers were injured on Friday, spokeswoman Michal Levi said.",
        ],
        [
            ("name", "לדברי יוסף מזרחי, נעצרו 40 בני אדם."),
            ("name", "ראש העיר דני אברהם גינה את האלימות."),
            ("number", "שמונה שוטרים נפצעו."),
            ("date", "העימותים התרחשו ביום רביעי."),
        ],
    ),
    "hi": (
        "जयपुर, 6 मार्च 2027 – पुलिस ने शुक्रवार को आंसू गैस से एक प्रदर्शन को तितर-बितर किया और 40 "
        "लोगों को हिरासत में लिया; छह पुलिसकर्मी घायल हुए, गृह मंत्रालय की प्रवक्ता प्रिया शर्मा ने "
        "बताया। विपक्ष के नेता राहुल वर्मा ने शांति की अपील की।",
        [
            "विपक्ष के नेता राहुल वर्मा ने शुक्रवार की झड़पों के बाद शांति की अपील की।",
            "पुलिस ने 40 प्रदर्शनकारियों को हिरासत में लिया।",
            "Six police officers were injured on Friday, spokeswoman Priya Sharma said.",
        ],
        [
            ("name", "अजय कपूर के अनुसार 40 लोगों को हिरासत में लिया गया।"),
            ("name", "महापौर सुनील मेहता ने हिंसा की निंदा की।"),
            ("number", "आठ पुलिसकर्मी घायल हुए।"),
            ("date", "झड़पें गुरुवार को हुईं।"),
        ],
    ),
    "zh": (
        "成都，2027年3月6日——内政部发言人李静说，警方昨天用催泪瓦斯驱散了一场示威，拘留了40人，"
        "6名警察受伤。反对派领导人周强呼吁保持冷静。",
        [
            "反对派领导人周强在周五的冲突后呼吁保持冷静。",
            "警方拘留了40名示威者。",
            "Six police officers were injured on Friday, spokeswoman Li Jing said.",
        ],
        [
            ("name", "据吴涛说，警方拘留了40人。"),
            ("name", "市长郑华谴责了暴力行为。"),
            ("number", "8名警察受伤。"),
            ("date", "冲突发生在星期三。"),
        ],
    ),
    "ja": (
        "札幌、2027年3月6日 ― 内務省報道官の山田花子氏によると、警察は昨日、催涙ガスでデモを"
        "解散させ、40人を拘束した。警察官6人が負傷した。野党党首の中村健二氏は冷静を呼びかけた。",
        [
            "野党党首の中村健二氏は、金曜日の衝突の後、冷静を呼びかけた。",
            "警察は40人のデモ参加者を拘束した。",
            "Six police officers were injured on Friday, spokeswoman Hanako Yamada said.",
        ],
        [
            ("name", "小林誠氏によると、40人が拘束された。"),
            ("name", "市長の加藤浩氏が暴力を非難した。"),
            ("number", "警察官9人が負傷した。"),
            ("date", "衝突は木曜日に起きた。"),
        ],
    ),
    "id": (
        "SURABAYA, 6 Maret 2027 – Polisi kemarin membubarkan sebuah unjuk rasa dengan gas air "
        "mata dan menahan 40 orang; enam polisi terluka, kata juru bicara Kementerian Dalam "
        "Negeri, Dewi Lestari. Pemimpin oposisi Budi Santoso menyerukan ketenangan.",
        [
            "Pemimpin oposisi Budi Santoso menyerukan ketenangan setelah bentrokan pada hari "
            "Jumat.",
            "Polisi menahan 40 pengunjuk rasa.",
            "Six police officers were injured on Friday, spokeswoman Dewi Lestari said.",
        ],
        [
            ("name", "Menurut Agus Wijaya, 40 orang ditahan."),
            ("name", "Wali kota Hendra Gunawan mengecam kekerasan itu."),
            ("number", "Sembilan polisi terluka."),
            ("date", "Bentrokan terjadi pada hari Kamis."),
        ],
    ),
}


# The fifth set, written 2026-12-05 after the fixes the fourth set led to, and measured once
# before any fix: another story (a car bomb on Sunday evening 11 April 2027, reported the next
# day: fourteen dead, 31 wounded, a police chief and a president named), twenty languages,
# three faithful statements and four invented ones each, as before.
FIFTH_DATED = dt.date(2027, 4, 12)
FIFTH: dict[str, tuple[str, list[str], list[tuple[str, str]]]] = {
    "fr": (
        "BAMAKO, 12 avril 2027 – Une voiture piégée a explosé dimanche soir près d'un poste de "
        "contrôle, tuant quatorze personnes et en blessant 31, a indiqué le chef de la police "
        "régionale, Oumar Diarra. Le président Issa Coulibaly a condamné l'attentat.",
        [
            "Le président Issa Coulibaly a condamné l'attentat de dimanche, qui a fait quatorze "
            "morts.",
            "L'explosion a fait 31 blessés.",
            "A car bomb killed 14 people on Sunday, regional police chief Oumar Diarra said.",
        ],
        [
            ("name", "Selon Adama Traoré, quatorze personnes ont été tuées."),
            ("name", "Le ministre Seydou Konaté s'est rendu sur les lieux."),
            ("number", "L'explosion a fait 45 blessés."),
            ("date", "L'attentat a eu lieu samedi soir."),
        ],
    ),
    "es": (
        "MEDELLÍN, 12 de abril de 2027 – Un coche bomba estalló el domingo por la noche cerca "
        "de un puesto de control, matando a catorce personas e hiriendo a 31, dijo el jefe de "
        "la policía regional, Jorge Ramírez. El presidente Alejandro Vega condenó el atentado.",
        [
            "El presidente Alejandro Vega condenó el atentado del domingo, que dejó catorce "
            "muertos.",
            "La explosión dejó 31 heridos.",
            "A car bomb killed fourteen people on Sunday night, police chief Jorge Ramírez said.",
        ],
        [
            ("name", "Según Raúl Méndez, murieron catorce personas."),
            ("name", "El ministro Óscar Ríos visitó el lugar."),
            ("number", "La explosión mató a dieciséis personas."),
            ("date", "El atentado ocurrió en marzo."),
        ],
    ),
    "pt": (
        "MAPUTO, 12 de abril de 2027 – Um carro-bomba explodiu no domingo à noite perto de um "
        "posto de controlo, matando catorze pessoas e ferindo 31, disse o comandante da polícia "
        "provincial, Armando Chissano. O presidente Filipe Tembe condenou o atentado.",
        [
            "O presidente Filipe Tembe condenou o atentado de domingo, que matou catorze pessoas.",
            "A explosão deixou 31 feridos.",
            "A car bomb killed 14 people on Sunday, police commander Armando Chissano said.",
        ],
        [
            ("name", "Segundo Jorge Macuácua, morreram catorze pessoas."),
            ("name", "O ministro Paulo Zucula visitou o local."),
            ("number", "A explosão deixou 13 feridos."),
            ("date", "O atentado aconteceu na sexta-feira."),
        ],
    ),
    "de": (
        "MOSUL, 12. April 2027 – Eine Autobombe ist am Sonntagabend nahe einem Kontrollpunkt "
        "explodiert und hat vierzehn Menschen getötet und 31 verletzt, sagte der Polizeichef "
        "der Provinz, Karim Saleh. Präsident Nasser Hamid verurteilte den Anschlag.",
        [
            "Präsident Nasser Hamid verurteilte den Anschlag vom Sonntag, bei dem vierzehn "
            "Menschen starben.",
            "Bei der Explosion wurden 31 Menschen verletzt.",
            "A car bomb killed fourteen people on Sunday evening, police chief Karim Saleh said.",
        ],
        [
            ("name", "Laut Tarek Aziz starben vierzehn Menschen."),
            ("name", "Innenminister Samir Rahman besuchte den Ort."),
            ("number", "Die Explosion tötete zwölf Menschen."),
            ("date", "Der Anschlag war am Freitagabend."),
        ],
    ),
    "it": (
        "PALERMO, 12 aprile 2027 – Un'autobomba è esplosa domenica sera vicino a un posto di "
        "blocco, uccidendo quattordici persone e ferendone 31, ha detto il capo della polizia "
        "provinciale, Salvatore Greco. Il presidente Roberto Mancini ha condannato l'attentato.",
        [
            "Il presidente Roberto Mancini ha condannato l'attentato di domenica, che ha causato "
            "quattordici morti.",
            "L'esplosione ha ferito 31 persone.",
            "A car bomb killed 14 people on Sunday, provincial police chief Salvatore Greco said.",
        ],
        [
            ("name", "Secondo Luigi Russo, sono morte quattordici persone."),
            ("name", "Il ministro Franco Lombardi ha visitato il luogo."),
            ("number", "L'esplosione ha ferito 41 persone."),
            ("date", "L'attentato è avvenuto sabato sera."),
        ],
    ),
    "nl": (
        "ANTWERPEN, 12 april 2027 – Een autobom is zondagavond bij een controlepost ontploft, "
        "waarbij veertien mensen om het leven kwamen en 31 gewond raakten, zei de provinciale "
        "politiechef Jan Jacobs. Premier Els Wouters veroordeelde de aanslag.",
        [
            "Premier Els Wouters veroordeelde de aanslag van zondag, waarbij veertien doden "
            "vielen.",
            "Bij de explosie raakten 31 mensen gewond.",
            "A car bomb killed fourteen people on Sunday evening, police chief Jan Jacobs said.",
        ],
        [
            ("name", "Volgens Pieter Smet kwamen veertien mensen om."),
            ("name", "Minister Dirk Mertens bezocht de plaats."),
            ("number", "Bij de explosie raakten 13 mensen gewond."),
            ("date", "De aanslag vond zaterdagavond plaats."),
        ],
    ),
    "pl": (
        "KATOWICE, 12 kwietnia 2027 r. – W niedzielę wieczorem w pobliżu punktu kontrolnego "
        "wybuchł samochód pułapka, zabijając czternaście osób i raniąc 31, poinformował "
        "komendant wojewódzki policji Tomasz Wójcik. Prezydent Jan Nowicki potępił zamach.",
        [
            "Prezydent Jan Nowicki potępił niedzielny zamach, w którym zginęło czternaście osób.",
            "W wybuchu rannych zostało 31 osób.",
            "A car bomb killed 14 people on Sunday, police commander Tomasz Wójcik said.",
        ],
        [
            ("name", "Według Krzysztofa Mazura zginęło czternaście osób."),
            ("name", "Minister Robert Kowalczyk odwiedził miejsce zamachu."),
            ("number", "W wybuchu zginęło szesnaście osób."),
            ("date", "Do zamachu doszło w sobotę wieczorem."),
        ],
    ),
    "cs": (
        "OSTRAVA, 12. dubna 2027 – V neděli večer vybuchla poblíž kontrolního stanoviště bomba "
        "v autě, zabila čtrnáct lidí a 31 zranila, uvedl krajský policejní ředitel Martin "
        "Svoboda. Prezident Jiří Horák útok odsoudil.",
        [
            "Prezident Jiří Horák odsoudil nedělní útok, při kterém zahynulo čtrnáct lidí.",
            "Výbuch zranil 31 lidí.",
            "A car bomb killed fourteen people on Sunday evening, police director Martin Svoboda "
            "said.",
        ],
        [
            ("name", "Podle Pavla Procházky zahynulo čtrnáct lidí."),
            ("name", "Ministr Karel Veselý navštívil místo útoku."),
            ("number", "Výbuch zranil 38 lidí."),
            ("date", "K útoku došlo v sobotu večer."),
        ],
    ),
    "ru": (
        "МАХАЧКАЛА, 12 апреля 2027 года – В воскресенье вечером у контрольно-пропускного "
        "пункта взорвался заминированный автомобиль, погибли четырнадцать человек, 31 ранен, "
        "сообщил начальник региональной полиции Руслан Алиев. Президент Дмитрий Волков осудил "
        "теракт.",
        [
            "Президент Дмитрий Волков осудил воскресный теракт, в котором погибли четырнадцать "
            "человек.",
            "При взрыве были ранены 31 человек.",
            "A car bomb killed fourteen people on Sunday, regional police chief Ruslan Aliev said.",
        ],
        [
            ("name", "По словам Магомеда Гаджиева, погибли четырнадцать человек."),
            ("name", "Министр Сергей Белов посетил место взрыва."),
            ("number", "При взрыве погибли шестнадцать человек."),
            ("date", "Теракт произошёл в субботу вечером."),
        ],
    ),
    "uk": (
        "ДНІПРО, 12 квітня 2027 року – У неділю ввечері біля блокпоста вибухнув замінований "
        "автомобіль, загинули чотирнадцять людей, 31 поранено, повідомив начальник обласної "
        "поліції Тарас Бойко. Президент Михайло Гнатюк засудив теракт.",
        [
            "Президент Михайло Гнатюк засудив недільний теракт, унаслідок якого загинули "
            "чотирнадцять людей.",
            "Унаслідок вибуху поранено 31 людину.",
            "A car bomb killed 14 people on Sunday evening, regional police chief Taras Boyko "
            "said.",
        ],
        [
            ("name", "За словами Богдана Савчука, загинули чотирнадцять людей."),
            ("name", "Міністр Ігор Литвин відвідав місце вибуху."),
            ("number", "Унаслідок вибуху загинули сімнадцять людей."),
            ("date", "Теракт стався в суботу ввечері."),
        ],
    ),
    "tr": (
        "DİYARBAKIR, 12 Nisan 2027 – Pazar akşamı bir kontrol noktası yakınında bomba yüklü "
        "bir araç patladı; on dört kişi öldü, 31 kişi yaralandı, il emniyet müdürü Kemal "
        "Arslan açıkladı. Cumhurbaşkanı Oğuz Kaya saldırıyı kınadı.",
        [
            "Cumhurbaşkanı Oğuz Kaya, on dört kişinin öldüğü pazar günkü saldırıyı kınadı.",
            "Patlamada 31 kişi yaralandı.",
            "A car bomb killed fourteen people on Sunday, police chief Kemal Arslan said.",
        ],
        [
            ("name", "Hasan Şahin'e göre on dört kişi öldü."),
            ("name", "Bakan Cem Yılmaz olay yerini ziyaret etti."),
            ("number", "Patlamada on altı kişi öldü."),
            ("date", "Saldırı cumartesi akşamı oldu."),
        ],
    ),
    "el": (
        "ΠΕΙΡΑΙΑΣ, 12 Απριλίου 2027 – Παγιδευμένο αυτοκίνητο εξερράγη την Κυριακή το βράδυ "
        "κοντά σε σημείο ελέγχου, σκοτώνοντας δεκατέσσερις ανθρώπους και τραυματίζοντας 31, "
        "δήλωσε ο περιφερειακός αστυνομικός διευθυντής Σπύρος Λαμπράκης. Ο πρόεδρος Αλέξανδρος "
        "Ρήγας καταδίκασε την επίθεση.",
        [
            "Ο πρόεδρος Αλέξανδρος Ρήγας καταδίκασε την επίθεση της Κυριακής, που σκότωσε "
            "δεκατέσσερις ανθρώπους.",
            "Η έκρηξη τραυμάτισε 31 ανθρώπους.",
            "A car bomb killed fourteen people on Sunday, police director Spyros Lambrakis said.",
        ],
        [
            ("name", "Σύμφωνα με τον Μιχάλη Οικονόμου, σκοτώθηκαν δεκατέσσερις άνθρωποι."),
            ("name", "Ο υπουργός Θανάσης Καραλής επισκέφθηκε το σημείο."),
            ("number", "Η έκρηξη σκότωσε δεκαέξι ανθρώπους."),
            ("date", "Η επίθεση έγινε το Σάββατο το βράδυ."),
        ],
    ),
    "ar": (
        "كركوك، 12 أبريل 2027 – انفجرت سيارة مفخخة مساء الأحد قرب نقطة تفتيش، ما أسفر عن مقتل "
        "14 شخصا وإصابة 31، بحسب قائد شرطة المحافظة العميد خالد الدليمي. وأدان الرئيس عبد الله "
        "الجبوري الهجوم.",
        [
            "أدان الرئيس عبد الله الجبوري الهجوم الذي وقع الأحد وأودى بحياة 14 شخصا.",
            "أصيب 31 شخصا في الانفجار.",
            "A car bomb killed 14 people on Sunday evening, police chief Khalid al-Dulaimi said.",
        ],
        [
            ("name", "قال عمار الزيدي إن 14 شخصا قتلوا."),
            ("name", "زار وزير الداخلية سعد الحمداني موقع الانفجار."),
            ("number", "قتل 19 شخصا في الانفجار."),
            ("date", "وقع الهجوم مساء السبت."),
        ],
    ),
    "fa": (
        "کرمان، ۲۳ فروردین ۱۴۰۶ – یک خودروی بمب‌گذاری‌شده عصر یکشنبه در نزدیکی یک ایست بازرسی "
        "منفجر شد و ۱۴ نفر کشته و ۳۱ نفر زخمی شدند، فرمانده پلیس استان سعید رستمی اعلام کرد. "
        "رئیس‌جمهور علی‌اکبر نوری این حمله را محکوم کرد.",
        [
            "رئیس‌جمهور علی‌اکبر نوری حمله روز یکشنبه را که ۱۴ کشته برجای گذاشت محکوم کرد.",
            "۳۱ نفر در این انفجار زخمی شدند.",
            "A car bomb killed 14 people on Sunday, provincial police chief Saeed Rostami said.",
        ],
        [
            ("name", "به گفته حمید صادقی، ۱۴ نفر کشته شدند."),
            ("name", "وزیر کشور مجید کاظمی از محل انفجار بازدید کرد."),
            ("number", "۲۰ نفر در این انفجار کشته شدند."),
            ("date", "این حمله روز شنبه رخ داد."),
        ],
    ),
    "ur": (
        "کوئٹہ، 12 اپریل 2027 – اتوار کی شام ایک چیک پوسٹ کے قریب بارود سے بھری گاڑی پھٹ گئی جس "
        "میں 14 افراد ہلاک اور 31 زخمی ہوئے، صوبائی پولیس سربراہ طارق محمود نے بتایا۔ صدر نواز "
        "قریشی نے حملے کی مذمت کی۔",
        [
            "صدر نواز قریشی نے اتوار کے حملے کی مذمت کی جس میں 14 افراد ہلاک ہوئے۔",
            "دھماکے میں 31 افراد زخمی ہوئے۔",
            "A car bomb killed 14 people on Sunday, police chief Tariq Mahmood said.",
        ],
        [
            ("name", "فیصل حسین کے مطابق 14 افراد ہلاک ہوئے۔"),
            ("name", "وزیر داخلہ شاہد اقبال نے جائے وقوعہ کا دورہ کیا۔"),
            ("number", "دھماکے میں 21 افراد ہلاک ہوئے۔"),
            ("date", "حملہ ہفتے کی شام ہوا۔"),
        ],
    ),
    "he": (
        "באר שבע, 12 באפריל 2027 – מכונית תופת התפוצצה ביום ראשון בערב ליד מחסום, הרגה 14 בני "
        "אדם ופצעה 31, כך מסר מפקד המשטרה המחוזי אבי כהן. הנשיא דוד שפירא גינה את הפיגוע.",
        [
            "הנשיא דוד שפירא גינה את הפיגוע ביום ראשון, שבו נהרגו 14 בני אדם.",
            "בפיצוץ נפצעו 31 בני אדם.",
            "A car bomb killed 14 people on Sunday, district police commander Avi Cohen said.",
        ],
        [
            ("name", "לדברי משה פרידמן, נהרגו 14 בני אדם."),
            ("name", "השר יעקב ברק ביקר במקום."),
            ("number", "בפיצוץ נהרגו 18 בני אדם."),
            ("date", "הפיגוע אירע ביום שבת בערב."),
        ],
    ),
    "hi": (
        "श्रीनगर, 12 अप्रैल 2027 – रविवार शाम एक चौकी के पास एक कार बम फटा, जिसमें 14 लोगों की "
        "मौत हो गई और 31 घायल हो गए, ज़िले के पुलिस प्रमुख विनोद कुमार ने बताया। राष्ट्रपति अशोक "
        "मिश्रा ने हमले की निंदा की।",
        [
            "राष्ट्रपति अशोक मिश्रा ने रविवार के हमले की निंदा की, जिसमें 14 लोग मारे गए।",
            "धमाके में 31 लोग घायल हुए।",
            "A car bomb killed 14 people on Sunday evening, police chief Vinod Kumar said.",
        ],
        [
            ("name", "मनीष गुप्ता के अनुसार 14 लोगों की मौत हुई।"),
            ("name", "गृह मंत्री अरुण जोशी ने घटनास्थल का दौरा किया।"),
            ("number", "धमाके में 19 लोगों की मौत हुई।"),
            ("date", "हमला शनिवार शाम को हुआ।"),
        ],
    ),
    "zh": (
        "喀布尔，2027年4月12日——省警察局长刘伟说，星期日晚上一辆汽车炸弹在检查站附近爆炸，"
        "造成14人死亡、31人受伤。总统王建国谴责了这次袭击。",
        [
            "总统王建国谴责了星期日造成14人死亡的袭击。",
            "爆炸造成31人受伤。",
            "A car bomb killed 14 people on Sunday, provincial police chief Liu Wei said.",
        ],
        [
            ("name", "据张磊说，爆炸造成14人死亡。"),
            ("name", "内政部长黄明视察了现场。"),
            ("number", "爆炸造成20人死亡。"),
            ("date", "袭击发生在星期六晚上。"),
        ],
    ),
    "ja": (
        "那覇、2027年4月12日 ― 県警本部長の高橋誠氏によると、日曜日の夜、検問所の近くで"
        "自動車爆弾が爆発し、14人が死亡、31人が負傷した。首相の渡辺和也氏はテロを非難した。",
        [
            "首相の渡辺和也氏は、14人が死亡した日曜日のテロを非難した。",
            "爆発で31人が負傷した。",
            "A car bomb killed 14 people on Sunday night, police chief Makoto Takahashi said.",
        ],
        [
            ("name", "伊藤健一氏によると、14人が死亡した。"),
            ("name", "大臣の小林明美氏が現場を訪れた。"),
            ("number", "爆発で17人が死亡した。"),
            ("date", "爆発は土曜日の夜に起きた。"),
        ],
    ),
    "ko": (
        "대전, 2027년 4월 12일 – 일요일 저녁 검문소 근처에서 차량 폭탄이 터져 14명이 숨지고 "
        "31명이 다쳤다고 지방경찰청장 송민호 씨가 밝혔다. 윤재석 대통령은 테러를 규탄했다.",
        [
            "윤재석 대통령은 14명이 숨진 일요일 테러를 규탄했다.",
            "폭발로 31명이 다쳤다.",
            "A car bomb killed 14 people on Sunday evening, police chief Song Min-ho said.",
        ],
        [
            ("name", "장현우 씨에 따르면 14명이 숨졌다."),
            ("name", "한동수 장관이 현장을 방문했다."),
            ("number", "폭발로 21명이 숨졌다."),
            ("date", "테러는 토요일 저녁에 일어났다."),
        ],
    ),
}


# The sixth set, written 2026-12-05 after the fix the fifth set led to, and measured once:
# another story (an exchange of eight hostages for 23 prisoners on Tuesday 18 May 2027,
# reported the next day, some reports saying "yesterday"; a mediator and an army spokesman
# named), the fifth set's twenty languages, three faithful and four invented statements each.
SIXTH_DATED = dt.date(2027, 5, 19)
SIXTH: dict[str, tuple[str, list[str], list[tuple[str, str]]]] = {
    "fr": (
        "NIAMEY, 19 mai 2027 – Un groupe armé a libéré hier huit otages en échange de 23 "
        "prisonniers, a annoncé la médiatrice du ministère des Affaires étrangères, Aïcha "
        "Maïga. Le porte-parole de l'armée, Hamidou Sanda, a confirmé l'échange.",
        [
            "Le porte-parole de l'armée, Hamidou Sanda, a confirmé mardi la libération de huit "
            "otages.",
            "En échange, 23 prisonniers ont été relâchés.",
            "Eight hostages were freed on Tuesday, mediator Aïcha Maïga said.",
        ],
        [
            ("name", "Selon Ousmane Kané, huit otages ont été libérés."),
            ("name", "Le ministre Boubacar Cissé a accueilli les otages."),
            ("number", "Le groupe a libéré onze otages."),
            ("date", "L'échange a eu lieu dimanche."),
        ],
    ),
    "es": (
        "CALI, 19 de mayo de 2027 – Un grupo armado liberó ayer a ocho rehenes a cambio de 23 "
        "presos, anunció la mediadora de la Cancillería, Carolina Duarte. El portavoz del "
        "ejército, Hernán Salazar, confirmó el canje.",
        [
            "El portavoz del ejército, Hernán Salazar, confirmó el martes la liberación de ocho "
            "rehenes.",
            "A cambio fueron liberados 23 presos.",
            "Eight hostages were freed on Tuesday, mediator Carolina Duarte said.",
        ],
        [
            ("name", "Según Mauricio Pardo, ocho rehenes fueron liberados."),
            ("name", "El ministro Camilo Rojas recibió a los rehenes."),
            ("number", "El grupo liberó a seis rehenes."),
            ("date", "El canje se produjo en abril."),
        ],
    ),
    "pt": (
        "LUANDA, 19 de maio de 2027 – Um grupo armado libertou ontem oito reféns em troca de 23 "
        "prisioneiros, anunciou a mediadora do Ministério dos Negócios Estrangeiros, Helena "
        "Cardoso. O porta-voz do exército, Manuel Sousa, confirmou a troca.",
        [
            "O porta-voz do exército, Manuel Sousa, confirmou na terça-feira a libertação de "
            "oito reféns.",
            "Em troca, 23 prisioneiros foram libertados.",
            "Eight hostages were released on Tuesday, mediator Helena Cardoso said.",
        ],
        [
            ("name", "Segundo Ricardo Neves, oito reféns foram libertados."),
            ("name", "O ministro António Pires recebeu os reféns."),
            ("number", "O grupo libertou doze reféns."),
            ("date", "A troca ocorreu na quinta-feira."),
        ],
    ),
    "de": (
        "BAMAKO, 19. Mai 2027 – Eine bewaffnete Gruppe hat gestern acht Geiseln im Austausch "
        "gegen 23 Gefangene freigelassen, teilte die Vermittlerin des Außenministeriums, "
        "Claudia Neumann, mit. Armeesprecher Florian Bauer bestätigte den Austausch.",
        [
            "Armeesprecher Florian Bauer bestätigte am Dienstag die Freilassung von acht Geiseln.",
            "Im Gegenzug kamen 23 Gefangene frei.",
            "Eight hostages were freed on Tuesday, mediator Claudia Neumann said.",
        ],
        [
            ("name", "Laut Matthias Vogt kamen acht Geiseln frei."),
            ("name", "Außenminister Peter Schmitt empfing die Geiseln."),
            ("number", "Die Gruppe ließ neun Geiseln frei."),
            ("date", "Der Austausch fand am Montag statt."),
        ],
    ),
    "it": (
        "ROMA, 19 maggio 2027 – Un gruppo armato ha liberato ieri otto ostaggi in cambio di 23 "
        "prigionieri, ha annunciato la mediatrice della Farnesina, Elena Marchetti. Il "
        "portavoce dell'esercito, Paolo Bruno, ha confermato lo scambio.",
        [
            "Il portavoce dell'esercito, Paolo Bruno, ha confermato martedì la liberazione di "
            "otto ostaggi.",
            "In cambio sono stati rilasciati 23 prigionieri.",
            "Eight hostages were freed on Tuesday, mediator Elena Marchetti said.",
        ],
        [
            ("name", "Secondo Giorgio Fontana, sono stati liberati otto ostaggi."),
            ("name", "Il ministro Carlo Bianchi ha accolto gli ostaggi."),
            ("number", "Il gruppo ha liberato cinque ostaggi."),
            ("date", "Lo scambio è avvenuto venerdì."),
        ],
    ),
    "nl": (
        "DEN HAAG, 19 mei 2027 – Een gewapende groep heeft gisteren acht gijzelaars vrijgelaten "
        "in ruil voor 23 gevangenen, maakte bemiddelaar Eva de Jong van het ministerie van "
        "Buitenlandse Zaken bekend. Legerwoordvoerder Sander Visser bevestigde de ruil.",
        [
            "Legerwoordvoerder Sander Visser bevestigde dinsdag de vrijlating van acht gijzelaars.",
            "In ruil kwamen 23 gevangenen vrij.",
            "Eight hostages were freed on Tuesday, mediator Eva de Jong said.",
        ],
        [
            ("name", "Volgens Ruud Bakker kwamen acht gijzelaars vrij."),
            ("name", "Minister Hans Dekker verwelkomde de gijzelaars."),
            ("number", "De groep liet tien gijzelaars vrij."),
            ("date", "De ruil vond zondag plaats."),
        ],
    ),
    "pl": (
        "WARSZAWA, 19 maja 2027 r. – Uzbrojona grupa uwolniła wczoraj ośmiu zakładników w "
        "zamian za 23 więźniów, poinformowała mediatorka MSZ Agnieszka Wróbel. Rzecznik armii "
        "Michał Pawlak potwierdził wymianę.",
        [
            "Rzecznik armii Michał Pawlak potwierdził we wtorek uwolnienie ośmiu zakładników.",
            "W zamian zwolniono 23 więźniów.",
            "Eight hostages were freed on Tuesday, mediator Agnieszka Wróbel said.",
        ],
        [
            ("name", "Według Grzegorza Sobczaka uwolniono ośmiu zakładników."),
            ("name", "Minister Andrzej Kubiak powitał zakładników."),
            ("number", "Grupa uwolniła dziewięciu zakładników."),
            ("date", "Wymiana odbyła się w poniedziałek."),
        ],
    ),
    "cs": (
        "PRAHA, 19. května 2027 – Ozbrojená skupina včera propustila osm rukojmí výměnou za 23 "
        "vězňů, oznámila zprostředkovatelka ministerstva zahraničí Lucie Králová. Mluvčí armády "
        "David Kučera výměnu potvrdil.",
        [
            "Mluvčí armády David Kučera v úterý potvrdil propuštění osmi rukojmí.",
            "Výměnou bylo propuštěno 23 vězňů.",
            "Eight hostages were freed on Tuesday, mediator Lucie Králová said.",
        ],
        [
            ("name", "Podle Jakuba Marka bylo propuštěno osm rukojmí."),
            ("name", "Ministr Petr Hájek přivítal rukojmí."),
            ("number", "Skupina propustila šest rukojmí."),
            ("date", "K výměně došlo v neděli."),
        ],
    ),
    "ru": (
        "МОСКВА, 19 мая 2027 года – Вооружённая группировка вчера освободила восемь заложников "
        "в обмен на 23 заключённых, сообщила посредник от МИД Екатерина Орлова. Представитель "
        "армии Артём Зайцев подтвердил обмен.",
        [
            "Представитель армии Артём Зайцев подтвердил во вторник освобождение восьми "
            "заложников.",
            "В обмен были освобождены 23 заключённых.",
            "Eight hostages were freed on Tuesday, mediator Yekaterina Orlova said.",
        ],
        [
            ("name", "По словам Михаила Крылова, освобождены восемь заложников."),
            ("name", "Министр Андрей Егоров встретил заложников."),
            ("number", "Группировка освободила двенадцать заложников."),
            ("date", "Обмен состоялся в воскресенье."),
        ],
    ),
    "uk": (
        "КИЇВ, 19 травня 2027 року – Збройне угруповання вчора звільнило вісьмох заручників в "
        "обмін на 23 ув'язнених, повідомила посередниця МЗС Наталія Коваль. Речник армії "
        "Дмитро Руденко підтвердив обмін.",
        [
            "Речник армії Дмитро Руденко підтвердив у вівторок звільнення вісьмох заручників.",
            "В обмін звільнили 23 ув'язнених.",
            "Eight hostages were freed on Tuesday, mediator Nataliia Koval said.",
        ],
        [
            ("name", "За словами Олександра Мороза, звільнили вісьмох заручників."),
            ("name", "Міністр Юрій Данилюк зустрів заручників."),
            ("number", "Угруповання звільнило десять заручників."),
            ("date", "Обмін відбувся в неділю."),
        ],
    ),
    "tr": (
        "ANKARA, 19 Mayıs 2027 – Silahlı bir grup dün 23 mahkum karşılığında sekiz rehineyi "
        "serbest bıraktı, Dışişleri Bakanlığı arabulucusu Zeynep Kara açıkladı. Ordu sözcüsü "
        "Onur Çetin takası doğruladı.",
        [
            "Ordu sözcüsü Onur Çetin, sekiz rehinenin salı günü serbest bırakıldığını doğruladı.",
            "Karşılığında 23 mahkum serbest bırakıldı.",
            "Eight hostages were freed on Tuesday, mediator Zeynep Kara said.",
        ],
        [
            ("name", "Ahmet Polat'a göre sekiz rehine serbest bırakıldı."),
            ("name", "Bakan Mustafa Doğan rehineleri karşıladı."),
            ("number", "Grup yedi rehineyi serbest bıraktı."),
            ("date", "Takas pazartesi günü yapıldı."),
        ],
    ),
    "el": (
        "ΑΘΗΝΑ, 19 Μαΐου 2027 – Ένοπλη ομάδα απελευθέρωσε χθες οκτώ ομήρους με αντάλλαγμα 23 "
        "κρατουμένους, ανακοίνωσε η διαμεσολαβήτρια του υπουργείου Εξωτερικών Κατερίνα Βλάχου. "
        "Ο εκπρόσωπος του στρατού Δημήτρης Σαββίδης επιβεβαίωσε την ανταλλαγή.",
        [
            "Ο εκπρόσωπος του στρατού Δημήτρης Σαββίδης επιβεβαίωσε την Τρίτη την απελευθέρωση "
            "οκτώ ομήρων.",
            "Σε αντάλλαγμα αφέθηκαν ελεύθεροι 23 κρατούμενοι.",
            "Eight hostages were freed on Tuesday, mediator Katerina Vlachou said.",
        ],
        [
            ("name", "Σύμφωνα με τον Ανδρέα Ζαχαρίου, απελευθερώθηκαν οκτώ όμηροι."),
            ("name", "Ο υπουργός Στέλιος Μανωλάκης υποδέχθηκε τους ομήρους."),
            ("number", "Η ομάδα απελευθέρωσε έντεκα ομήρους."),
            ("date", "Η ανταλλαγή έγινε την Κυριακή."),
        ],
    ),
    "ar": (
        "الدوحة، 19 مايو 2027 – أفرجت جماعة مسلحة أمس عن ثمانية رهائن مقابل 23 سجينا، بحسب ما "
        "أعلنت الوسيطة في وزارة الخارجية ليلى حداد. وأكد المتحدث باسم الجيش يوسف العلي عملية "
        "التبادل.",
        [
            "أكد المتحدث باسم الجيش يوسف العلي الإفراج عن ثمانية رهائن يوم الثلاثاء.",
            "أفرج عن 23 سجينا مقابل الرهائن.",
            "Eight hostages were freed on Tuesday, mediator Laila Haddad said.",
        ],
        [
            ("name", "قال مصطفى الحسيني إن ثمانية رهائن أفرج عنهم."),
            ("name", "استقبل الوزير نبيل الخطيب الرهائن."),
            ("number", "أفرجت الجماعة عن عشرة رهائن."),
            ("date", "جرت عملية التبادل يوم الأحد."),
        ],
    ),
    "fa": (
        "تهران، ۲۹ اردیبهشت ۱۴۰۶ – یک گروه مسلح دیروز هشت گروگان را در ازای ۲۳ زندانی آزاد کرد، "
        "میانجی وزارت امور خارجه زهرا محمدی اعلام کرد. سخنگوی ارتش علی حسینی این مبادله را "
        "تأیید کرد.",
        [
            "سخنگوی ارتش علی حسینی آزادی هشت گروگان را روز سه‌شنبه تأیید کرد.",
            "در ازای آن ۲۳ زندانی آزاد شدند.",
            "Eight hostages were freed on Tuesday, mediator Zahra Mohammadi said.",
        ],
        [
            ("name", "به گفته امیرحسین طاهری، هشت گروگان آزاد شدند."),
            ("name", "وزیر حسن جعفری گروگان‌ها را پذیرفت."),
            ("number", "این گروه ده گروگان را آزاد کرد."),
            ("date", "این مبادله روز یکشنبه انجام شد."),
        ],
    ),
    "ur": (
        "اسلام آباد، 19 مئی 2027 – ایک مسلح گروہ نے منگل کو 23 قیدیوں کے بدلے آٹھ یرغمالیوں کو "
        "رہا کر دیا، وزارت خارجہ کی ثالث صائمہ ملک نے اعلان کیا۔ فوج کے ترجمان کامران شاہ نے "
        "تبادلے کی تصدیق کی۔",
        [
            "فوج کے ترجمان کامران شاہ نے منگل کو آٹھ یرغمالیوں کی رہائی کی تصدیق کی۔",
            "بدلے میں 23 قیدی رہا کیے گئے۔",
            "Eight hostages were freed on Tuesday, mediator Saima Malik said.",
        ],
        [
            ("name", "عمر فاروق کے مطابق آٹھ یرغمالی رہا ہوئے۔"),
            ("name", "وزیر زاہد حسین نے یرغمالیوں کا استقبال کیا۔"),
            ("number", "گروہ نے دس یرغمالیوں کو رہا کیا۔"),
            ("date", "تبادلہ اتوار کو ہوا۔"),
        ],
    ),
    "he": (
        "ירושלים, 19 במאי 2027 – קבוצה חמושה שחררה אתמול שמונה בני ערובה תמורת 23 אסירים, כך "
        "הודיעה המתווכת מטעם משרד החוץ נועה פרידמן. דובר הצבא עמית לוי אישר את העסקה.",
        [
            "דובר הצבא עמית לוי אישר ביום שלישי את שחרור שמונה בני הערובה.",
            "בתמורה שוחררו 23 אסירים.",
            "Eight hostages were freed on Tuesday, mediator Noa Friedman said.",
        ],
        [
            ("name", "לדברי אליהו דהן, שוחררו שמונה בני ערובה."),
            ("name", "השר גדעון שמעוני קיבל את בני הערובה."),
            ("number", "הקבוצה שחררה עשרה בני ערובה."),
            ("date", "העסקה התבצעה ביום ראשון."),
        ],
    ),
    "hi": (
        "नई दिल्ली, 19 मई 2027 – एक सशस्त्र समूह ने मंगलवार को 23 कैदियों के बदले आठ बंधकों को रिहा कर "
        "दिया, विदेश मंत्रालय की मध्यस्थ नेहा अग्रवाल ने घोषणा की। सेना के प्रवक्ता अनिल राठौर ने "
        "अदला-बदली की पुष्टि की।",
        [
            "सेना के प्रवक्ता अनिल राठौर ने मंगलवार को आठ बंधकों की रिहाई की पुष्टि की।",
            "बदले में 23 कैदी रिहा किए गए।",
            "Eight hostages were freed on Tuesday, mediator Neha Agarwal said.",
        ],
        [
            ("name", "संदीप तिवारी के अनुसार आठ बंधक रिहा हुए।"),
            ("name", "मंत्री रमेश चौधरी ने बंधकों का स्वागत किया।"),
            ("number", "समूह ने दस बंधकों को रिहा किया।"),
            ("date", "अदला-बदली रविवार को हुई।"),
        ],
    ),
    "zh": (
        "多哈，2027年5月19日——外交部调解人陈静说，一个武装团体昨天释放了8名人质，以换取23名囚犯。"
        "军方发言人杨帆证实了这次交换。",
        [
            "军方发言人杨帆证实，8名人质于星期二获释。",
            "作为交换，23名囚犯获释。",
            "Eight hostages were freed on Tuesday, mediator Chen Jing said.",
        ],
        [
            ("name", "据林涛说，8名人质获释。"),
            ("name", "外交部长赵刚会见了人质。"),
            ("number", "该团体释放了10名人质。"),
            ("date", "交换发生在星期日。"),
        ],
    ),
    "ja": (
        "東京、2027年5月19日 ― 外務省の仲介者である中島美咲氏によると、武装集団は昨日、23人の"
        "囚人と引き換えに人質8人を解放した。軍報道官の松本大輔氏は交換を確認した。",
        [
            "軍報道官の松本大輔氏は、火曜日に人質8人が解放されたことを確認した。",
            "引き換えに23人の囚人が釈放された。",
            "Eight hostages were freed on Tuesday, mediator Misaki Nakajima said.",
        ],
        [
            ("name", "森田健太氏によると、人質8人が解放された。"),
            ("name", "外務大臣の石井裕子氏が人質を出迎えた。"),
            ("number", "武装集団は人質10人を解放した。"),
            ("date", "交換は日曜日に行われた。"),
        ],
    ),
    "ko": (
        "서울, 2027년 5월 19일 – 한 무장단체가 어제 수감자 23명과 맞바꿔 인질 8명을 풀어줬다고 "
        "외교부 중재관 오수진 씨가 밝혔다. 군 대변인 임준영 씨는 교환을 확인했다.",
        [
            "군 대변인 임준영 씨는 화요일 인질 8명이 풀려났다고 확인했다.",
            "그 대가로 수감자 23명이 석방됐다.",
            "Eight hostages were freed on Tuesday, mediator Oh Su-jin said.",
        ],
        [
            ("name", "배성훈 씨에 따르면 인질 8명이 풀려났다."),
            ("name", "권태민 장관이 인질들을 맞았다."),
            ("number", "무장단체는 인질 10명을 풀어줬다."),
            ("date", "교환은 일요일에 이뤄졌다."),
        ],
    ),
}

# The seventh set: a prison riot, written after the sixth set's fixes and before any change
# made for it. Dated Thursday 2 September 2027; the riot was the day before, a Wednesday.
SEVENTH_DATED = dt.date(2027, 9, 2)
SEVENTH: dict[str, tuple[str, list[str], list[tuple[str, str]]]] = {
    "fr": (
        "LYON, 2 septembre 2027 – Une mutinerie a éclaté hier à la maison d'arrêt centrale : "
        "sept détenus ont été tués et 15 surveillants blessés, a déclaré la porte-parole du "
        "ministère de la Justice, Camille Roussel. Le directeur de l'établissement, Olivier "
        "Marchand, a ouvert une enquête interne.",
        [
            "D'après Camille Roussel, sept détenus sont morts lors de la mutinerie de mercredi.",
            "Quinze surveillants ont été blessés.",
            "Seven inmates were killed in a prison riot on Wednesday, justice ministry "
            "spokeswoman Camille Roussel said.",
        ],
        [
            ("name", "Selon Laurent Girard, la mutinerie a fait sept morts."),
            ("name", "Le préfet Thierry Mallet s'est rendu sur place."),
            ("number", "Onze détenus ont été tués."),
            ("date", "La mutinerie a éclaté lundi."),
        ],
    ),
    "es": (
        "MEDELLÍN, 2 de septiembre de 2027 – Un motín estalló ayer en la cárcel central: siete "
        "reclusos murieron y 15 guardias resultaron heridos, informó la vocera del Ministerio "
        "de Justicia, Paola Restrepo. El director del penal, Andrés Cárdenas, abrió una "
        "investigación.",
        [
            "Según Paola Restrepo, siete presos murieron en el motín del miércoles.",
            "Quince guardias resultaron heridos.",
            "Seven inmates died in a prison riot on Wednesday, justice ministry spokeswoman "
            "Paola Restrepo said.",
        ],
        [
            ("name", "De acuerdo con Julián Ospina, el motín dejó siete muertos."),
            ("name", "El gobernador Felipe Arango visitó la cárcel."),
            ("number", "Murieron doce reclusos."),
            ("date", "El motín estalló el sábado."),
        ],
    ),
    "pt": (
        "BELO HORIZONTE, 2 de setembro de 2027 – Uma rebelião eclodiu ontem no presídio "
        "central: sete detentos morreram e 15 agentes penitenciários ficaram feridos, informou "
        "a porta-voz do Ministério da Justiça, Juliana Moreira. O diretor do presídio, Rafael "
        "Teixeira, abriu uma sindicância.",
        [
            "Segundo Juliana Moreira, sete presos morreram na rebelião de quarta-feira.",
            "Quinze agentes ficaram feridos.",
            "Seven inmates died in a prison riot on Wednesday, justice ministry spokeswoman "
            "Juliana Moreira said.",
        ],
        [
            ("name", "De acordo com Gustavo Barros, a rebelião deixou sete mortos."),
            ("name", "O governador Marcelo Antunes visitou o presídio."),
            ("number", "Dez detentos morreram."),
            ("date", "A rebelião começou na segunda-feira."),
        ],
    ),
    "de": (
        "LEIPZIG, 2. September 2027 – Bei einer Gefängnisrevolte in der Justizvollzugsanstalt "
        "sind gestern sieben Häftlinge getötet und 15 Wärter verletzt worden, teilte die "
        "Sprecherin des Justizministeriums, Katrin Lehmann, mit. Anstaltsleiter Jörg Hoffmann "
        "kündigte eine Untersuchung an.",
        [
            "Laut Katrin Lehmann starben bei der Revolte am Mittwoch sieben Häftlinge.",
            "Fünfzehn Wärter wurden verletzt.",
            "Seven inmates were killed in a prison riot on Wednesday, justice ministry "
            "spokeswoman Katrin Lehmann said.",
        ],
        [
            ("name", "Nach Angaben von Stefan Krüger gab es sieben Tote."),
            ("name", "Innenminister Markus Böhm besuchte die Anstalt."),
            ("number", "Neun Häftlinge wurden getötet."),
            ("date", "Die Revolte brach am Freitag aus."),
        ],
    ),
    "sv": (
        "GÖTEBORG, 2 september 2027 – Ett fängelseupplopp bröt ut i går på centralanstalten. "
        "Sju intagna dödades och 15 vakter skadades, uppger Kriminalvårdens presstalesperson "
        "Sara Lindqvist. Anstaltschefen Mikael Holm har inlett en utredning.",
        [
            "Enligt Sara Lindqvist dödades sju intagna i upploppet i onsdags.",
            "Femton vakter skadades.",
            "Seven inmates were killed in a prison riot on Wednesday, prison service "
            "spokeswoman Sara Lindqvist said.",
        ],
        [
            ("name", "Enligt Johan Berglund dödades sju intagna."),
            ("name", "Justitieminister Anders Nyström besökte anstalten."),
            ("number", "Tolv intagna dödades."),
            ("date", "Upploppet bröt ut på fredagen."),
        ],
    ),
    "pl": (
        "WROCŁAW, 2 września 2027 r. – We wczorajszym buncie w zakładzie karnym zginęło "
        "siedmiu więźniów, a 15 strażników zostało rannych – poinformowała rzeczniczka "
        "Ministerstwa Sprawiedliwości Agnieszka Wróbel. Dyrektor zakładu Tomasz Kaczmarek "
        "wszczął postępowanie wyjaśniające.",
        [
            "Według Agnieszki Wróbel w środowym buncie zginęło siedmiu więźniów.",
            "Rannych zostało piętnastu strażników.",
            "Seven inmates were killed in a prison riot on Wednesday, justice ministry "
            "spokeswoman Agnieszka Wrobel said.",
        ],
        [
            ("name", "Według Pawła Sikory zginęło siedmiu więźniów."),
            ("name", "Wojewoda Marek Zając odwiedził więzienie."),
            ("number", "Zginęło dziewięciu więźniów."),
            ("date", "Bunt wybuchł w poniedziałek."),
        ],
    ),
    "ro": (
        "CLUJ, 2 septembrie 2027 – O revoltă a izbucnit ieri în penitenciarul central: șapte "
        "deținuți au murit și 15 gardieni au fost răniți, a anunțat purtătoarea de cuvânt a "
        "Ministerului Justiției, Ioana Dumitrescu. Directorul penitenciarului, Mihai Popescu, "
        "a deschis o anchetă.",
        [
            "Potrivit Ioanei Dumitrescu, șapte deținuți au murit în revolta de miercuri.",
            "Cincisprezece gardieni au fost răniți.",
            "Seven inmates died in a prison riot on Wednesday, justice ministry spokeswoman "
            "Ioana Dumitrescu said.",
        ],
        [
            ("name", "Potrivit lui Andrei Stan, revolta s-a soldat cu șapte morți."),
            ("name", "Prefectul Cristian Dobre a vizitat penitenciarul."),
            ("number", "Zece deținuți au murit."),
            ("date", "Revolta a izbucnit vineri."),
        ],
    ),
    "hu": (
        "DEBRECEN, 2027. szeptember 2. – Tegnap lázadás tört ki a központi börtönben: hét "
        "fogvatartott meghalt, 15 őr megsérült – közölte az Igazságügyi Minisztérium "
        "szóvivője, Nagy Eszter. A börtön igazgatója, Kovács Gábor vizsgálatot indított.",
        [
            "Nagy Eszter szerint a szerdai lázadásban hét fogvatartott halt meg.",
            "Tizenöt őr megsérült.",
            "Seven inmates were killed in a prison riot on Wednesday, justice ministry "
            "spokeswoman Eszter Nagy said.",
        ],
        [
            ("name", "Szabó Péter szerint hét fogvatartott meghalt."),
            ("name", "Tóth László miniszter meglátogatta a börtönt."),
            ("number", "Kilenc fogvatartott meghalt."),
            ("date", "A lázadás pénteken tört ki."),
        ],
    ),
    "ru": (
        "ЕКАТЕРИНБУРГ, 2 сентября 2027 года – Вчера в исправительной колонии вспыхнул бунт: "
        "погибли семь заключённых, 15 охранников получили ранения, сообщила официальный "
        "представитель Минюста Ольга Смирнова. Начальник колонии Виктор Фёдоров начал "
        "служебную проверку.",
        [
            "По словам Ольги Смирновой, в среду во время бунта погибли семеро заключённых.",
            "Пятнадцать охранников получили ранения.",
            "Seven inmates were killed in a prison riot on Wednesday, justice ministry "
            "spokeswoman Olga Smirnova said.",
        ],
        [
            ("name", "По данным Андрея Козлова, погибли семь заключённых."),
            ("name", "Губернатор Сергей Лебедев посетил колонию."),
            ("number", "Погибли девять заключённых."),
            ("date", "Бунт вспыхнул в пятницу."),
        ],
    ),
    "uk": (
        "ХАРКІВ, 2 вересня 2027 року – Учора у виправній колонії спалахнув бунт: загинули "
        "семеро в'язнів, 15 охоронців поранено, повідомила речниця Міністерства юстиції Ірина "
        "Бондар. Начальник колонії Олег Гнатюк розпочав службове розслідування.",
        [
            "За словами Ірини Бондар, у середу під час бунту загинули сім в'язнів.",
            "Поранено п'ятнадцять охоронців.",
            "Seven inmates were killed in a prison riot on Wednesday, justice ministry "
            "spokeswoman Iryna Bondar said.",
        ],
        [
            ("name", "За даними Василя Ткачука, загинули семеро в'язнів."),
            ("name", "Голова ОВА Петро Левченко відвідав колонію."),
            ("number", "Загинули дев'ятеро в'язнів."),
            ("date", "Бунт спалахнув у понеділок."),
        ],
    ),
    "bg": (
        "ПЛОВДИВ, 2 септември 2027 г. – Вчера в централния затвор избухна бунт: седем "
        "затворници загинаха, а 15 надзиратели бяха ранени, съобщи говорителят на "
        "Министерството на правосъдието Мария Георгиева. Директорът на затвора Иван Димитров "
        "започна проверка.",
        [
            "По думите на Мария Георгиева в сряда при бунта са загинали седем затворници.",
            "Петнадесет надзиратели бяха ранени.",
            "Seven inmates were killed in a prison riot on Wednesday, justice ministry "
            "spokeswoman Maria Georgieva said.",
        ],
        [
            ("name", "Според Николай Петков са загинали седем затворници."),
            ("name", "Министър Стефан Василев посети затвора."),
            ("number", "Загинаха десет затворници."),
            ("date", "Бунтът избухна в петък."),
        ],
    ),
    "tr": (
        "İZMİR, 2 Eylül 2027 – Merkez cezaevinde dün çıkan isyanda yedi mahkum hayatını "
        "kaybetti, 15 gardiyan yaralandı; açıklamayı Adalet Bakanlığı sözcüsü Elif Yıldız "
        "yaptı. Cezaevi müdürü Murat Aydın soruşturma başlattı.",
        [
            "Elif Yıldız'a göre çarşamba günkü isyanda yedi mahkum öldü.",
            "On beş gardiyan yaralandı.",
            "Seven inmates died in a prison riot on Wednesday, justice ministry spokeswoman "
            "Elif Yildiz said.",
        ],
        [
            ("name", "Kemal Öztürk'e göre isyanda yedi mahkum öldü."),
            ("name", "Vali Hakan Demir cezaevini ziyaret etti."),
            ("number", "İsyanda dokuz mahkum öldü."),
            ("date", "İsyan cuma günü çıktı."),
        ],
    ),
    "el": (
        "ΘΕΣΣΑΛΟΝΙΚΗ, 2 Σεπτεμβρίου 2027 – Εξέγερση ξέσπασε χθες στις κεντρικές φυλακές: επτά "
        "κρατούμενοι σκοτώθηκαν και 15 φύλακες τραυματίστηκαν, ανακοίνωσε η εκπρόσωπος του "
        "υπουργείου Δικαιοσύνης Ελένη Παππά. Ο διευθυντής των φυλακών Γιώργος Αντωνίου "
        "διέταξε έρευνα.",
        [
            "Σύμφωνα με την Ελένη Παππά, επτά κρατούμενοι σκοτώθηκαν στην εξέγερση της Τετάρτης.",
            "Δεκαπέντε φύλακες τραυματίστηκαν.",
            "Seven inmates were killed in a prison riot on Wednesday, justice ministry "
            "spokeswoman Eleni Pappa said.",
        ],
        [
            ("name", "Σύμφωνα με τον Κώστα Μιχαηλίδη, σκοτώθηκαν επτά κρατούμενοι."),
            ("name", "Ο υπουργός Νίκος Σταυρόπουλος επισκέφθηκε τις φυλακές."),
            ("number", "Σκοτώθηκαν εννέα κρατούμενοι."),
            ("date", "Η εξέγερση ξέσπασε την Παρασκευή."),
        ],
    ),
    "ar": (
        "بغداد، 2 أيلول/سبتمبر 2027 – اندلع تمرد أمس في السجن المركزي، ما أسفر عن مقتل سبعة "
        "سجناء وإصابة 15 حارسا، بحسب المتحدثة باسم وزارة العدل رنا الخفاجي. وأعلن مدير السجن "
        "عادل الجبوري فتح تحقيق.",
        [
            "قالت رنا الخفاجي إن سبعة سجناء قتلوا في تمرد الأربعاء.",
            "أصيب خمسة عشر حارسا.",
            "Seven inmates were killed in a prison riot on Wednesday, justice ministry "
            "spokeswoman Rana al-Khafaji said.",
        ],
        [
            ("name", "وبحسب ياسر العبيدي، قتل سبعة سجناء."),
            ("name", "زار المحافظ نبيل الساعدي السجن."),
            ("number", "قتل تسعة سجناء في التمرد."),
            ("date", "اندلع التمرد يوم الجمعة."),
        ],
    ),
    "fa": (
        "مشهد، ۱۱ شهریور ۱۴۰۶ – دیروز در زندان مرکزی شورشی رخ داد که در آن هفت زندانی کشته و "
        "۱۵ نگهبان زخمی شدند؛ سخنگوی وزارت دادگستری، مریم احمدی، این خبر را اعلام کرد. رئیس "
        "زندان، حسین کریمی، دستور تحقیق داد.",
        [
            "به گفته مریم احمدی، در شورش روز چهارشنبه هفت زندانی کشته شدند.",
            "پانزده نگهبان زخمی شدند.",
            "Seven inmates were killed in a prison riot on Wednesday, justice ministry "
            "spokeswoman Maryam Ahmadi said.",
        ],
        [
            ("name", "به گفته سعید رحمانی، هفت زندانی کشته شدند."),
            ("name", "استاندار بهروز صادقی از زندان بازدید کرد."),
            ("number", "نه زندانی کشته شدند."),
            ("date", "شورش روز جمعه رخ داد."),
        ],
    ),
    "ur": (
        "کراچی، 2 ستمبر 2027 – سینٹرل جیل میں کل ہنگامہ آرائی کے دوران سات قیدی ہلاک اور 15 "
        "محافظ زخمی ہو گئے، وزارت قانون کی ترجمان نادیہ حسن نے بتایا۔ جیل سپرنٹنڈنٹ طارق محمود "
        "نے تحقیقات کا حکم دیا۔",
        [
            "نادیہ حسن کے مطابق بدھ کو ہنگامے میں سات قیدی ہلاک ہوئے۔",
            "پندرہ محافظ زخمی ہوئے۔",
            "Seven inmates were killed in a prison riot on Wednesday, law ministry spokeswoman "
            "Nadia Hassan said.",
        ],
        [
            ("name", "فیصل قریشی کے مطابق سات قیدی ہلاک ہوئے۔"),
            ("name", "وزیر اعلیٰ ندیم اختر نے جیل کا دورہ کیا۔"),
            ("number", "ہنگامے میں نو قیدی ہلاک ہوئے۔"),
            ("date", "ہنگامہ جمعہ کو ہوا۔"),
        ],
    ),
    "he": (
        "באר שבע, 2 בספטמבר 2027 – מרד פרץ אתמול בכלא המרכזי: שבעה אסירים נהרגו ו-15 סוהרים "
        "נפצעו, כך מסרה דוברת משרד המשפטים מיכל אברהם. מנהל הכלא יוסי שטרן הורה על חקירה.",
        [
            "לדברי מיכל אברהם, שבעה אסירים נהרגו במרד ביום רביעי.",
            "חמישה עשר סוהרים נפצעו.",
            "Seven inmates were killed in a prison riot on Wednesday, justice ministry "
            "spokeswoman Michal Avraham said.",
        ],
        [
            ("name", "לדברי רונן גולן, נהרגו שבעה אסירים."),
            ("name", "השר עמית ברק ביקר בכלא."),
            ("number", "תשעה אסירים נהרגו."),
            ("date", "המרד פרץ ביום שישי."),
        ],
    ),
    "hi": (
        "पटना, 2 सितंबर 2027 – केंद्रीय जेल में कल हुए दंगे में सात कैदियों की मौत हो गई और 15 "
        "जेल प्रहरी घायल हो गए, कानून मंत्रालय की प्रवक्ता सुनीता यादव ने बताया। जेल अधीक्षक "
        "अजय मिश्रा ने जांच के आदेश दिए।",
        [
            "सुनीता यादव के अनुसार बुधवार को हुए दंगे में सात कैदी मारे गए।",
            "पंद्रह प्रहरी घायल हुए।",
            "Seven inmates were killed in a prison riot on Wednesday, law ministry spokeswoman "
            "Sunita Yadav said.",
        ],
        [
            ("name", "विकास पांडे के अनुसार दंगे में सात कैदी मारे गए।"),
            ("name", "मंत्री दिनेश तिवारी ने जेल का दौरा किया।"),
            ("number", "दंगे में नौ कैदी मारे गए।"),
            ("date", "दंगा शुक्रवार को हुआ।"),
        ],
    ),
    "bn": (
        "খুলনা, ২ সেপ্টেম্বর ২০২৭ – কেন্দ্রীয় কারাগারে গতকাল বিদ্রোহে সাতজন বন্দি নিহত এবং ১৫ "
        "জন কারারক্ষী আহত হয়েছেন, জানিয়েছেন আইন মন্ত্রণালয়ের মুখপাত্র নাসরিন আক্তার। "
        "কারাগারের তত্ত্বাবধায়ক রফিকুল ইসলাম তদন্তের নির্দেশ দিয়েছেন।",
        [
            "নাসরিন আক্তারের মতে, বুধবারের বিদ্রোহে সাতজন বন্দি নিহত হয়েছেন।",
            "পনেরো জন কারারক্ষী আহত হয়েছেন।",
            "Seven inmates were killed in a prison riot on Wednesday, law ministry spokeswoman "
            "Nasrin Akter said.",
        ],
        [
            ("name", "সাইফুল হকের মতে, সাতজন বন্দি নিহত হয়েছেন।"),
            ("name", "মন্ত্রী জাহিদ হোসেন কারাগার পরিদর্শন করেছেন।"),
            ("number", "বিদ্রোহে নয়জন বন্দি নিহত হয়েছেন।"),
            ("date", "বিদ্রোহ শুক্রবার ঘটেছে।"),
        ],
    ),
    "zh": (
        "成都，2027年9月2日——中央监狱昨天发生暴乱，造成七名囚犯死亡、15名狱警受伤，司法部"
        "发言人刘静表示。监狱长张伟已下令展开调查。",
        [
            "据刘静说，周三的暴乱中有七名囚犯死亡。",
            "十五名狱警受伤。",
            "Seven inmates were killed in a prison riot on Wednesday, justice ministry "
            "spokeswoman Liu Jing said.",
        ],
        [
            ("name", "据王磊说，暴乱造成七人死亡。"),
            ("name", "省长陈建国视察了监狱。"),
            ("number", "暴乱造成九名囚犯死亡。"),
            ("date", "暴乱发生在星期五。"),
        ],
    ),
    "ja": (
        "札幌、2027年9月2日 ― 法務省の報道官である小林由美氏によると、中央刑務所で昨日暴動が"
        "発生し、受刑者7人が死亡、刑務官15人が負傷した。刑務所長の山口隆氏は調査を命じた。",
        [
            "小林由美氏によると、水曜日の暴動で受刑者7人が死亡した。",
            "刑務官15人がけがをした。",
            "Seven inmates were killed in a prison riot on Wednesday, justice ministry "
            "spokeswoman Yumi Kobayashi said.",
        ],
        [
            ("name", "木村拓也氏によると、受刑者7人が死亡した。"),
            ("name", "法務大臣の斉藤直樹氏が刑務所を視察した。"),
            ("number", "暴動で受刑者9人が死亡した。"),
            ("date", "暴動は金曜日に起きた。"),
        ],
    ),
    "ko": (
        "대구, 2027년 9월 2일 – 어제 중앙교도소에서 폭동이 일어나 수감자 7명이 숨지고 교도관 "
        "15명이 다쳤다고 법무부 대변인 한지민 씨가 밝혔다. 교도소장 오세훈 씨는 조사를 "
        "지시했다.",
        [
            "한지민 대변인에 따르면 수요일 폭동으로 수감자 7명이 숨졌다.",
            "교도관 15명이 부상을 입었다.",
            "Seven inmates were killed in a prison riot on Wednesday, justice ministry "
            "spokeswoman Han Ji-min said.",
        ],
        [
            ("name", "정민수 씨에 따르면 수감자 7명이 숨졌다."),
            ("name", "배성우 장관은 교도소를 방문했다."),
            ("number", "폭동으로 수감자 9명이 숨졌다."),
            ("date", "폭동은 금요일에 일어났다."),
        ],
    ),
}

# The eighth set: a mine collapse, written after the seventh set's fixes and before any change
# made for it. Dated Tuesday 16 November 2027; the collapse was the day before, a Monday.
EIGHTH_DATED = dt.date(2027, 11, 16)
EIGHTH: dict[str, tuple[str, list[str], list[tuple[str, str]]]] = {
    "fr": (
        "SAINT-ÉTIENNE, 16 novembre 2027 – Onze mineurs ont péri lundi dans l'effondrement "
        "d'une galerie de la mine de charbon de la Loire ; 34 autres ont été secourus, a "
        "indiqué le porte-parole du ministère de l'Industrie, Julien Besson. La cheffe des "
        "secours, Nathalie Perrot, a évoqué un coup de grisou.",
        [
            "Selon Julien Besson, onze mineurs sont morts lundi.",
            "Trente-quatre mineurs ont été secourus.",
            "Eleven miners died when a mine gallery collapsed on Monday, industry ministry "
            "spokesman Julien Besson said.",
        ],
        [
            ("name", "D'après Sébastien Roux, onze mineurs ont péri."),
            ("name", "La ministre Hélène Dufour s'est rendue à la mine."),
            ("number", "Treize mineurs ont péri."),
            ("date", "La galerie s'est effondrée samedi."),
        ],
    ),
    "es": (
        "OVIEDO, 16 de noviembre de 2027 – Once mineros murieron ayer al derrumbarse una "
        "galería de una mina de carbón en Asturias y otros 34 fueron rescatados, informó el "
        "portavoz del Ministerio de Industria, Álvaro Menéndez. La jefa de rescate, Lucía "
        "Fernández, atribuyó el accidente a una explosión de grisú.",
        [
            "Según Álvaro Menéndez, once mineros murieron el lunes.",
            "Treinta y cuatro mineros fueron rescatados.",
            "Eleven miners died in a mine collapse on Monday, industry ministry spokesman "
            "Alvaro Menendez said.",
        ],
        [
            ("name", "De acuerdo con Rubén Iglesias, murieron once mineros."),
            ("name", "La ministra Marta Gil visitó la mina."),
            ("number", "Murieron nueve mineros."),
            ("date", "La galería se derrumbó el domingo."),
        ],
    ),
    "it": (
        "CARBONIA, 16 novembre 2027 – Undici minatori sono morti ieri nel crollo di una "
        "galleria della miniera di carbone del Sulcis, mentre altri 34 sono stati tratti in "
        "salvo, ha riferito il portavoce del ministero dell'Industria, Stefano Melis. La "
        "responsabile dei soccorsi, Francesca Pinna, ha parlato di un'esplosione di grisù.",
        [
            "Secondo Stefano Melis, lunedì sono morti undici minatori.",
            "Trentaquattro minatori sono stati salvati.",
            "Eleven miners died in a mine collapse on Monday, industry ministry spokesman "
            "Stefano Melis said.",
        ],
        [
            ("name", "Secondo Davide Serra, i minatori morti sono undici."),
            ("name", "Il ministro Claudio Murgia ha visitato la miniera."),
            ("number", "Sono morti quindici minatori."),
            ("date", "La galleria è crollata giovedì."),
        ],
    ),
    "pt": (
        "CRICIÚMA, 16 de novembro de 2027 – Onze mineiros morreram ontem no desabamento de uma "
        "galeria de uma mina de carvão em Santa Catarina, e outros 34 foram resgatados, "
        "informou o porta-voz do Ministério de Minas e Energia, Thiago Ramos. A chefe do "
        "resgate, Patrícia Lopes, atribuiu o acidente a uma explosão de gás.",
        [
            "Segundo Thiago Ramos, onze mineiros morreram na segunda-feira.",
            "Trinta e quatro mineiros foram resgatados.",
            "Eleven miners died in a mine collapse on Monday, mines ministry spokesman Thiago "
            "Ramos said.",
        ],
        [
            ("name", "De acordo com Leandro Farias, onze mineiros morreram."),
            ("name", "A ministra Renata Castro visitou a mina."),
            ("number", "Morreram doze mineiros."),
            ("date", "A galeria desabou na sexta-feira."),
        ],
    ),
    "de": (
        "BOCHUM, 16. November 2027 – Beim Einsturz eines Stollens in einem Kohlebergwerk sind "
        "am Montag elf Bergleute ums Leben gekommen, 34 weitere wurden gerettet, sagte der "
        "Sprecher des Wirtschaftsministeriums, Tobias Wagner. Die Leiterin der Rettungskräfte, "
        "Sabine Kühn, sprach von einer Schlagwetterexplosion.",
        [
            "Laut Tobias Wagner starben gestern elf Bergleute.",
            "Vierunddreißig Bergleute wurden gerettet.",
            "Eleven miners died in a mine collapse on Monday, economy ministry spokesman Tobias "
            "Wagner said.",
        ],
        [
            ("name", "Nach Angaben von Holger Brandt kamen elf Bergleute ums Leben."),
            ("name", "Ministerpräsidentin Anja Vogel besuchte das Bergwerk."),
            ("number", "Zwölf Bergleute kamen ums Leben."),
            ("date", "Der Stollen stürzte am Samstag ein."),
        ],
    ),
    "nl": (
        "HEERLEN, 16 november 2027 – Bij de instorting van een gang in een steenkoolmijn zijn "
        "gisteren elf mijnwerkers om het leven gekomen en 34 anderen gered, zei de woordvoerder "
        "van het ministerie van Economische Zaken, Bram de Groot. De leider van de "
        "reddingsploeg, Eva Janssen, sprak van een mijngasontploffing.",
        [
            "Volgens Bram de Groot kwamen maandag elf mijnwerkers om.",
            "Vierendertig mijnwerkers werden gered.",
            "Eleven miners were killed in a mine collapse on Monday, economy ministry "
            "spokesman Bram de Groot said.",
        ],
        [
            ("name", "Volgens Pieter Smit kwamen elf mijnwerkers om."),
            ("name", "Minister Ingrid Bakker bezocht de mijn."),
            ("number", "Negen mijnwerkers kwamen om."),
            ("date", "De gang stortte zondag in."),
        ],
    ),
    "da": (
        "NUUK, 16. november 2027 – Elleve minearbejdere omkom i går, da en gang i en mine i "
        "Grønland styrtede sammen, og 34 andre blev reddet, oplyser talsmand for "
        "Erhvervsministeriet Rasmus Kristensen. Redningslederen Mette Søndergaard taler om en "
        "gaseksplosion.",
        [
            "Ifølge Rasmus Kristensen omkom elleve minearbejdere mandag.",
            "Fireogtredive minearbejdere blev reddet.",
            "Eleven miners died in a mine collapse on Monday, business ministry spokesman "
            "Rasmus Kristensen said.",
        ],
        [
            ("name", "Ifølge Jens Mikkelsen omkom elleve minearbejdere."),
            ("name", "Ministeren Lone Dahl besøgte minen."),
            ("number", "Tretten minearbejdere omkom."),
            ("date", "Gangen styrtede sammen fredag."),
        ],
    ),
    "pl": (
        "KATOWICE, 16 listopada 2027 r. – W wyniku zawalenia się chodnika w kopalni węgla "
        "kamiennego zginęło wczoraj jedenastu górników, a 34 uratowano – poinformował rzecznik "
        "Ministerstwa Przemysłu Krzysztof Nowicki. Kierująca akcją ratowniczą Beata Zielińska "
        "mówiła o wybuchu metanu.",
        [
            "Według Krzysztofa Nowickiego w poniedziałek zginęło jedenastu górników.",
            "Uratowano trzydziestu czterech górników.",
            "Eleven miners died in a mine collapse on Monday, industry ministry spokesman "
            "Krzysztof Nowicki said.",
        ],
        [
            ("name", "Według Rafała Dudy zginęło jedenastu górników."),
            ("name", "Minister Ewa Jabłońska odwiedziła kopalnię."),
            ("number", "Zginęło trzynastu górników."),
            ("date", "Chodnik zawalił się w sobotę."),
        ],
    ),
    "cs": (
        "OSTRAVA, 16. listopadu 2027 – Při zřícení důlní chodby v uhelném dole zahynulo v "
        "pondělí jedenáct horníků a 34 dalších bylo zachráněno, uvedl mluvčí ministerstva "
        "průmyslu Jiří Novotný. Velitelka záchranářů Petra Dvořáková hovořila o výbuchu "
        "metanu.",
        [
            "Podle Jiřího Novotného zahynulo jedenáct horníků.",
            "Zachráněno bylo třicet čtyři horníků.",
            "Eleven miners died in a mine collapse on Monday, industry ministry spokesman Jiri "
            "Novotny said.",
        ],
        [
            ("name", "Podle Pavla Horáka zahynulo jedenáct horníků."),
            ("name", "Ministryně Lenka Marešová navštívila důl."),
            ("number", "Zahynulo devět horníků."),
            ("date", "Chodba se zřítila ve čtvrtek."),
        ],
    ),
    "hr": (
        "LABIN, 16. studenoga 2027. – U urušavanju okna u rudniku ugljena jučer je poginulo "
        "jedanaest rudara, a 34 ih je spašeno, izjavio je glasnogovornik Ministarstva "
        "gospodarstva Marko Horvat. Voditeljica spašavanja Ivana Kovačević govorila je o "
        "eksploziji metana.",
        [
            "Prema riječima Marka Horvata, u ponedjeljak je poginulo jedanaest rudara.",
            "Spašeno je trideset četiri rudara.",
            "Eleven miners died in a mine collapse on Monday, economy ministry spokesman Marko "
            "Horvat said.",
        ],
        [
            ("name", "Prema riječima Ante Babića, poginulo je jedanaest rudara."),
            ("name", "Ministrica Jelena Marić posjetila je rudnik."),
            ("number", "Poginulo je dvanaest rudara."),
            ("date", "Okno se urušilo u subotu."),
        ],
    ),
    "ru": (
        "КЕМЕРОВО, 16 ноября 2027 года – При обрушении горной выработки на угольной шахте в "
        "понедельник погибли одиннадцать горняков, ещё 34 человека были спасены, сообщил "
        "представитель Министерства энергетики Дмитрий Павлов. Руководитель спасательной "
        "операции Наталья Егорова заявила о взрыве метана.",
        [
            "По словам Дмитрия Павлова, вчера погибли одиннадцать шахтёров.",
            "Спасены тридцать четыре горняка.",
            "Eleven miners died in a mine collapse on Monday, energy ministry spokesman Dmitry "
            "Pavlov said.",
        ],
        [
            ("name", "По данным Алексея Орлова, погибли одиннадцать горняков."),
            ("name", "Министр Игорь Соколов посетил шахту."),
            ("number", "Погибли тринадцать горняков."),
            ("date", "Выработка обрушилась в воскресенье."),
        ],
    ),
    "uk": (
        "ДНІПРО, 16 листопада 2027 року – Унаслідок обвалу виробки на вугільній шахті вчора "
        "загинули одинадцять гірників, ще 34 врятовано, повідомив речник Міністерства "
        "енергетики Андрій Мельник. Керівниця рятувальної операції Олена Кравчук заявила про "
        "вибух метану.",
        [
            "За словами Андрія Мельника, у понеділок загинули одинадцять гірників.",
            "Врятовано тридцять чотири гірники.",
            "Eleven miners died in a mine collapse on Monday, energy ministry spokesman Andriy "
            "Melnyk said.",
        ],
        [
            ("name", "За даними Богдана Савчука, загинули одинадцять гірників."),
            ("name", "Міністерка Світлана Шевчук відвідала шахту."),
            ("number", "Загинули дванадцять гірників."),
            ("date", "Виробка обвалилася в суботу."),
        ],
    ),
    "bg": (
        "ПЕРНИК, 16 ноември 2027 г. – Единадесет миньори загинаха вчера при срутване на галерия "
        "във въглищна мина, а 34 бяха спасени, съобщи говорителят на Министерството на "
        "енергетиката Георги Иванов. Ръководителката на спасителната операция Елена Стоянова "
        "говори за взрив на метан.",
        [
            "По думите на Георги Иванов в понеделник са загинали единадесет миньори.",
            "Тридесет и четирима миньори бяха спасени.",
            "Eleven miners died in a mine collapse on Monday, energy ministry spokesman Georgi "
            "Ivanov said.",
        ],
        [
            ("name", "Според Стоян Колев са загинали единадесет миньори."),
            ("name", "Министър Весела Маринова посети мината."),
            ("number", "Загинаха девет миньори."),
            ("date", "Галерията се срути в четвъртък."),
        ],
    ),
    "tr": (
        "ZONGULDAK, 16 Kasım 2027 – Bir kömür madeninde dün meydana gelen göçükte on bir "
        "madenci hayatını kaybetti, 34 madenci kurtarıldı; açıklamayı Enerji Bakanlığı sözcüsü "
        "Burak Şahin yaptı. Kurtarma ekibinin başındaki Zeynep Arslan grizu patlamasından söz "
        "etti.",
        [
            "Burak Şahin'e göre pazartesi günü on bir madenci öldü.",
            "Otuz dört madenci kurtarıldı.",
            "Eleven miners died in a mine collapse on Monday, energy ministry spokesman Burak "
            "Sahin said.",
        ],
        [
            ("name", "Serkan Koç'a göre on bir madenci öldü."),
            ("name", "Bakan Oya Kaplan madeni ziyaret etti."),
            ("number", "Göçükte on üç madenci öldü."),
            ("date", "Göçük cumartesi günü meydana geldi."),
        ],
    ),
    "el": (
        "ΚΟΖΑΝΗ, 16 Νοεμβρίου 2027 – Έντεκα εργάτες σκοτώθηκαν τη Δευτέρα από την κατάρρευση "
        "στοάς σε ορυχείο λιγνίτη, ενώ 34 διασώθηκαν, δήλωσε ο εκπρόσωπος του υπουργείου "
        "Ενέργειας Δημήτρης Καραγιάννης. Η επικεφαλής των σωστικών συνεργείων Μαρία Οικονόμου "
        "έκανε λόγο για έκρηξη αερίου.",
        [
            "Σύμφωνα με τον Δημήτρη Καραγιάννη, χθες σκοτώθηκαν έντεκα εργάτες.",
            "Τριάντα τέσσερις εργάτες διασώθηκαν.",
            "Eleven miners died in a mine collapse on Monday, energy ministry spokesman "
            "Dimitris Karagiannis said.",
        ],
        [
            ("name", "Σύμφωνα με τον Πέτρο Αλεξίου, σκοτώθηκαν έντεκα εργάτες."),
            ("name", "Η υπουργός Σοφία Μαυρίδου επισκέφθηκε το ορυχείο."),
            ("number", "Σκοτώθηκαν δεκατρείς εργάτες."),
            ("date", "Η στοά κατέρρευσε την Κυριακή."),
        ],
    ),
    "id": (
        "SAWAHLUNTO, 16 November 2027 – Sebelas penambang tewas kemarin saat terowongan tambang "
        "batu bara runtuh, sementara 34 lainnya berhasil diselamatkan, kata juru bicara "
        "Kementerian Energi, Bambang Sutrisno. Kepala tim penyelamat, Dewi Lestari, menyebut "
        "adanya ledakan gas metana.",
        [
            "Menurut Bambang Sutrisno, sebelas penambang tewas pada hari Senin.",
            "Tiga puluh empat penambang diselamatkan.",
            "Eleven miners were killed in a mine collapse on Monday, energy ministry spokesman "
            "Bambang Sutrisno said.",
        ],
        [
            ("name", "Menurut Agus Setiawan, sebelas penambang tewas."),
            ("name", "Menteri Rina Wulandari mengunjungi tambang itu."),
            ("number", "Tiga belas penambang tewas."),
            ("date", "Terowongan runtuh pada hari Kamis."),
        ],
    ),
    "ar": (
        "عنابة، 16 نوفمبر 2027 – لقي أحد عشر عاملا حتفهم أمس إثر انهيار نفق في منجم للفحم، "
        "فيما أُنقذ 34 آخرون، بحسب المتحدث باسم وزارة الطاقة كمال بن علي. وتحدثت رئيسة فرق "
        "الإنقاذ سميرة بوزيد عن انفجار غاز.",
        [
            "قال كمال بن علي إن أحد عشر عاملا قتلوا يوم الاثنين.",
            "أُنقذ أربعة وثلاثون عاملا.",
            "Eleven miners died in a mine collapse on Monday, energy ministry spokesman Kamel "
            "Ben Ali said.",
        ],
        [
            ("name", "وبحسب مراد حمدي، قتل أحد عشر عاملا."),
            ("name", "زارت الوزيرة ليلى قاسمي المنجم."),
            ("number", "قتل ثلاثة عشر عاملا."),
            ("date", "انهار النفق يوم السبت."),
        ],
    ),
    "fa": (
        "کرمان، ۲۵ آبان ۱۴۰۶ – در پی ریزش یک تونل در معدن زغال‌سنگ، یازده معدنچی روز دوشنبه "
        "جان باختند و ۳۴ نفر دیگر نجات یافتند؛ این را سخنگوی وزارت صنعت، رضا محمدی، اعلام کرد. "
        "رئیس تیم امداد، زهرا موسوی، از انفجار گاز متان خبر داد.",
        [
            "به گفته رضا محمدی، دیروز یازده معدنچی جان باختند.",
            "سی و چهار معدنچی نجات یافتند.",
            "Eleven miners died in a mine collapse on Monday, industry ministry spokesman Reza "
            "Mohammadi said.",
        ],
        [
            ("name", "به گفته امید جعفری، یازده معدنچی کشته شدند."),
            ("name", "وزیر صنعت، فرهاد نوروزی، از معدن بازدید کرد."),
            ("number", "سیزده معدنچی جان باختند."),
            ("date", "تونل روز پنجشنبه ریزش کرد."),
        ],
    ),
    "ur": (
        "کوئٹہ، 16 نومبر 2027 – کوئلے کی ایک کان میں سرنگ بیٹھ جانے سے پیر کو گیارہ کان کن "
        "جاں بحق ہو گئے جبکہ 34 کو بچا لیا گیا، وزارت توانائی کے ترجمان عمران شاہد نے بتایا۔ "
        "امدادی ٹیم کی سربراہ فرح ناز نے میتھین گیس کے دھماکے کا ذکر کیا۔",
        [
            "عمران شاہد کے مطابق پیر کو گیارہ کان کن جاں بحق ہوئے۔",
            "چونتیس کان کنوں کو بچا لیا گیا۔",
            "Eleven miners died in a mine collapse on Monday, energy ministry spokesman Imran "
            "Shahid said.",
        ],
        [
            ("name", "ندیم عباس کے مطابق گیارہ کان کن جاں بحق ہوئے۔"),
            ("name", "وزیر توانائی ثناء اللہ خان نے کان کا دورہ کیا۔"),
            ("number", "تیرہ کان کن جاں بحق ہوئے۔"),
            ("date", "سرنگ جمعرات کو بیٹھ گئی۔"),
        ],
    ),
    "he": (
        "דימונה, 16 בנובמבר 2027 – אחד עשר כורים נהרגו אתמול בקריסת מנהרה במכרה פוספטים, "
        "ו-34 אחרים חולצו, כך מסר דובר משרד האנרגיה עומר פרידמן. ראש צוות החילוץ, שירה לוי, "
        "דיברה על פיצוץ גז.",
        [
            "לדברי עומר פרידמן, אחד עשר כורים נהרגו ביום שני.",
            "שלושים וארבעה כורים חולצו.",
            "Eleven miners died in a mine collapse on Monday, energy ministry spokesman Omer "
            "Friedman said.",
        ],
        [
            ("name", "לדברי אלון ביטון, נהרגו אחד עשר כורים."),
            ("name", "השרה נועה רוזן ביקרה במכרה."),
            ("number", "שלושה עשר כורים נהרגו."),
            ("date", "המנהרה קרסה ביום חמישי."),
        ],
    ),
    "hi": (
        "धनबाद, 16 नवंबर 2027 – कोयले की एक खदान में सुरंग धंसने से सोमवार को ग्यारह खनिकों की "
        "मौत हो गई और 34 को बचा लिया गया, ऊर्जा मंत्रालय के प्रवक्ता राजेश कुमार ने बताया। बचाव "
        "दल की प्रमुख प्रिया शर्मा ने मीथेन गैस विस्फोट की बात कही।",
        [
            "राजेश कुमार के अनुसार कल ग्यारह खनिक मारे गए।",
            "चौंतीस खनिकों को बचाया गया।",
            "Eleven miners died in a mine collapse on Monday, energy ministry spokesman Rajesh "
            "Kumar said.",
        ],
        [
            ("name", "संजय वर्मा के अनुसार ग्यारह खनिक मारे गए।"),
            ("name", "मंत्री अनीता सिंह ने खदान का दौरा किया।"),
            ("number", "तेरह खनिकों की मौत हो गई।"),
            ("date", "सुरंग शनिवार को धंसी।"),
        ],
    ),
    "bn": (
        "সিলেট, ১৬ নভেম্বর ২০২৭ – একটি কয়লা খনিতে সুড়ঙ্গ ধসে সোমবার এগারোজন শ্রমিক নিহত "
        "হয়েছেন এবং ৩৪ জনকে উদ্ধার করা হয়েছে, জানিয়েছেন জ্বালানি মন্ত্রণালয়ের মুখপাত্র মাহবুব "
        "আলম। উদ্ধারকারী দলের প্রধান শারমিন সুলতানা মিথেন গ্যাস বিস্ফোরণের কথা বলেছেন।",
        [
            "মাহবুব আলমের মতে, গতকাল এগারোজন শ্রমিক নিহত হয়েছেন।",
            "চৌত্রিশ জন শ্রমিককে উদ্ধার করা হয়েছে।",
            "Eleven miners died in a mine collapse on Monday, energy ministry spokesman Mahbub "
            "Alam said.",
        ],
        [
            ("name", "তানভীর রহমানের মতে, এগারোজন শ্রমিক নিহত হয়েছেন।"),
            ("name", "মন্ত্রী রোকসানা পারভীন খনি পরিদর্শন করেছেন।"),
            ("number", "তেরোজন শ্রমিক নিহত হয়েছেন।"),
            ("date", "সুড়ঙ্গটি বৃহস্পতিবার ধসে পড়ে।"),
        ],
    ),
    "zh": (
        "大同，2027年11月16日——一座煤矿昨天发生巷道坍塌事故，造成十一名矿工遇难，另有34人获救，"
        "能源部发言人王建军表示。救援指挥李红说，事故由瓦斯爆炸引起。",
        [
            "据王建军说，周一有11名矿工遇难。",
            "三十四名矿工获救。",
            "Eleven miners died in a mine collapse on Monday, energy ministry spokesman Wang "
            "Jianjun said.",
        ],
        [
            ("name", "据赵明说，十一名矿工遇难。"),
            ("name", "副省长孙丽视察了煤矿。"),
            ("number", "事故造成十三名矿工遇难。"),
            ("date", "巷道于星期六坍塌。"),
        ],
    ),
    "ja": (
        "夕張、2027年11月16日 ― 経済産業省の報道官である佐々木健氏によると、炭鉱で月曜日に坑道が"
        "崩落し、作業員11人が死亡、34人が救出された。救助隊長の池田真理子氏はガス爆発の可能性を"
        "指摘した。",
        [
            "佐々木健氏によると、昨日の崩落で作業員11人が死亡した。",
            "34人が救出された。",
            "Eleven miners died in a mine collapse on Monday, trade ministry spokesman Ken "
            "Sasaki said.",
        ],
        [
            ("name", "藤田浩二氏によると、作業員11人が死亡した。"),
            ("name", "経済産業大臣の青木直美氏が炭鉱を視察した。"),
            ("number", "崩落で作業員13人が死亡した。"),
            ("date", "坑道は土曜日に崩落した。"),
        ],
    ),
    "ko": (
        "태백, 2027년 11월 16일 – 어제 탄광에서 갱도가 무너져 광부 11명이 숨지고 34명이 "
        "구조됐다고 산업부 대변인 박준영 씨가 밝혔다. 구조대장 김수정 씨는 가스 폭발 가능성을 "
        "언급했다.",
        [
            "박준영 대변인에 따르면 월요일 붕괴로 광부 11명이 숨졌다.",
            "광부 34명이 구조됐다.",
            "Eleven miners died in a mine collapse on Monday, industry ministry spokesman Park "
            "Joon-young said.",
        ],
        [
            ("name", "이동현 씨에 따르면 광부 11명이 숨졌다."),
            ("name", "최은지 장관은 탄광을 방문했다."),
            ("number", "붕괴로 광부 13명이 숨졌다."),
            ("date", "갱도는 토요일에 무너졌다."),
        ],
    ),
}

# The ninth set: a ferry capsized, written after the eighth set's fixes and before any change
# made for it. Dated Friday 10 March 2028; the ferry capsized the evening before, a Thursday.
NINTH_DATED = dt.date(2028, 3, 10)
NINTH: dict[str, tuple[str, list[str], list[tuple[str, str]]]] = {
    "fr": (
        "BREST, 10 mars 2028 – Dix-sept passagers ont péri jeudi soir dans le naufrage d'un "
        "ferry au large de l'île d'Ouessant ; 52 personnes ont été secourues, a déclaré le "
        "porte-parole de la préfecture maritime, Yann Le Bihan. Le capitaine du navire, Gilles "
        "Kerouac, a été placé en garde à vue.",
        [
            "Selon Yann Le Bihan, dix-sept passagers sont morts hier soir.",
            "Cinquante-deux personnes ont été secourues.",
            "Seventeen passengers died when a ferry sank on Thursday night, maritime prefecture "
            "spokesman Yann Le Bihan said.",
        ],
        [
            ("name", "D'après Corentin Guillou, le naufrage a fait dix-sept morts."),
            ("name", "Le ministre Arnaud Leclerc s'est rendu à Brest."),
            ("number", "Dix-neuf passagers ont péri."),
            ("date", "Le ferry a chaviré mardi soir."),
        ],
    ),
    "es": (
        "CÁDIZ, 10 de marzo de 2028 – Diecisiete pasajeros murieron anoche en el naufragio de "
        "un ferri frente a la costa de Tarifa y 52 personas fueron rescatadas, informó el "
        "portavoz de Salvamento Marítimo, Javier Quintero. El capitán del barco, Manuel Ortega, "
        "fue detenido.",
        [
            "Según Javier Quintero, diecisiete pasajeros murieron el jueves por la noche.",
            "Cincuenta y dos personas fueron rescatadas.",
            "Seventeen passengers died when a ferry sank on Thursday night, maritime rescue "
            "spokesman Javier Quintero said.",
        ],
        [
            ("name", "De acuerdo con Sergio Navarro, murieron diecisiete pasajeros."),
            ("name", "La ministra Pilar Romero viajó a Cádiz."),
            ("number", "Murieron quince pasajeros."),
            ("date", "El ferri naufragó el lunes."),
        ],
    ),
    "it": (
        "PALERMO, 10 marzo 2028 – Diciassette passeggeri sono morti giovedì sera nel naufragio "
        "di un traghetto al largo di Lampedusa, mentre 52 persone sono state tratte in salvo, "
        "ha dichiarato il portavoce della Guardia costiera, Giuseppe Lo Bianco. Il comandante "
        "della nave, Salvatore Russo, è stato arrestato.",
        [
            "Secondo Giuseppe Lo Bianco, ieri sera sono morti diciassette passeggeri.",
            "Cinquantadue persone sono state salvate.",
            "Seventeen passengers died when a ferry sank on Thursday night, coast guard "
            "spokesman Giuseppe Lo Bianco said.",
        ],
        [
            ("name", "Secondo Antonio Greco, i morti sono diciassette."),
            ("name", "Il ministro Paolo Ferri si è recato a Palermo."),
            ("number", "Sono morti diciannove passeggeri."),
            ("date", "Il traghetto è affondato mercoledì sera."),
        ],
    ),
    "pt": (
        "LISBOA, 10 de março de 2028 – Dezassete passageiros morreram ontem à noite no "
        "naufrágio de um ferry ao largo da Madeira e 52 pessoas foram resgatadas, disse o "
        "porta-voz da Autoridade Marítima, Nuno Carvalho. O comandante do navio, Rui Fonseca, "
        "foi detido.",
        [
            "Segundo Nuno Carvalho, dezassete passageiros morreram na quinta-feira à noite.",
            "Cinquenta e duas pessoas foram resgatadas.",
            "Seventeen passengers died when a ferry sank on Thursday night, maritime authority "
            "spokesman Nuno Carvalho said.",
        ],
        [
            ("name", "De acordo com Bruno Pacheco, morreram dezassete passageiros."),
            ("name", "A ministra Inês Correia deslocou-se à Madeira."),
            ("number", "Morreram dezoito passageiros."),
            ("date", "O ferry afundou no sábado à noite."),
        ],
    ),
    "de": (
        "KIEL, 10. März 2028 – Beim Untergang einer Fähre vor der Küste von Fehmarn sind am "
        "Donnerstagabend siebzehn Passagiere ums Leben gekommen, 52 Menschen wurden gerettet, "
        "sagte der Sprecher der Seenotretter, Lars Petersen. Der Kapitän des Schiffes, Dirk "
        "Möller, wurde festgenommen.",
        [
            "Laut Lars Petersen starben gestern Abend siebzehn Passagiere.",
            "Zweiundfünfzig Menschen wurden gerettet.",
            "Seventeen passengers died when a ferry sank on Thursday night, sea rescue "
            "spokesman Lars Petersen said.",
        ],
        [
            ("name", "Nach Angaben von Uwe Jansen starben siebzehn Passagiere."),
            ("name", "Verkehrsministerin Carola Weiß reiste nach Kiel."),
            ("number", "Neunzehn Passagiere kamen ums Leben."),
            ("date", "Die Fähre sank am Montagabend."),
        ],
    ),
    "nb": (
        "BERGEN, 10. mars 2028 – Sytten passasjerer omkom torsdag kveld da en ferje kantret "
        "utenfor Stord, og 52 personer ble reddet, opplyser talsperson for "
        "Hovedredningssentralen Ingrid Solberg. Fergens kaptein, Knut Haugen, er pågrepet.",
        [
            "Ifølge Ingrid Solberg omkom sytten passasjerer i går kveld.",
            "Femtito personer ble reddet.",
            "Seventeen passengers died when a ferry capsized on Thursday night, rescue centre "
            "spokeswoman Ingrid Solberg said.",
        ],
        [
            ("name", "Ifølge Eirik Lunde omkom sytten passasjerer."),
            ("name", "Samferdselsminister Tone Berg besøkte Bergen."),
            ("number", "Femten passasjerer omkom."),
            ("date", "Ferjen kantret søndag kveld."),
        ],
    ),
    "fi": (
        "TURKU, 10. maaliskuuta 2028 – Seitsemäntoista matkustajaa kuoli torstai-iltana, kun "
        "lautta kaatui Ahvenanmaan edustalla, ja 52 ihmistä pelastettiin, kertoi "
        "Meripelastuskeskuksen tiedottaja Mikko Virtanen. Aluksen kapteeni Jari Laine on "
        "pidätetty.",
        [
            "Mikko Virtasen mukaan seitsemäntoista matkustajaa kuoli eilen illalla.",
            "Viisikymmentäkaksi ihmistä pelastettiin.",
            "Seventeen passengers died when a ferry capsized on Thursday night, sea rescue "
            "spokesman Mikko Virtanen said.",
        ],
        [
            ("name", "Timo Heinosen mukaan seitsemäntoista matkustajaa kuoli."),
            ("name", "Ministeri Satu Niemi vieraili Turussa."),
            ("number", "Yhdeksäntoista matkustajaa kuoli."),
            ("date", "Lautta kaatui maanantaina."),
        ],
    ),
    "pl": (
        "GDAŃSK, 10 marca 2028 r. – W zatonięciu promu u wybrzeży Helu zginęło w czwartek "
        "wieczorem siedemnastu pasażerów, a 52 osoby uratowano – poinformował rzecznik Morskiej "
        "Służby Poszukiwania i Ratownictwa Marcin Lewandowski. Kapitan promu Adam Wiśniewski "
        "został zatrzymany.",
        [
            "Według Marcina Lewandowskiego wczoraj wieczorem zginęło siedemnastu pasażerów.",
            "Uratowano pięćdziesiąt dwie osoby.",
            "Seventeen passengers died when a ferry sank on Thursday night, maritime rescue "
            "spokesman Marcin Lewandowski said.",
        ],
        [
            ("name", "Według Grzegorza Pawlaka zginęło siedemnastu pasażerów."),
            ("name", "Minister Joanna Kowalczyk przyjechała do Gdańska."),
            ("number", "Zginęło dziewiętnastu pasażerów."),
            ("date", "Prom zatonął w niedzielę wieczorem."),
        ],
    ),
    "sk": (
        "BRATISLAVA, 10. marca 2028 – Pri potopení výletnej lode na Dunaji zahynulo vo štvrtok "
        "večer sedemnásť cestujúcich a 52 ľudí zachránili, uviedol hovorca záchranárov Peter "
        "Kováč. Kapitán lode Martin Horváth bol zadržaný.",
        [
            "Podľa Petra Kováča zahynulo sedemnásť cestujúcich.",
            "Zachránili päťdesiatdva ľudí.",
            "Seventeen passengers died when a boat sank on Thursday night, rescue spokesman "
            "Peter Kovac said.",
        ],
        [
            ("name", "Podľa Jána Baláža zahynulo sedemnásť cestujúcich."),
            ("name", "Ministerka Zuzana Tóthová navštívila miesto nešťastia."),
            ("number", "Zahynulo devätnásť cestujúcich."),
            ("date", "Loď sa potopila v utorok večer."),
        ],
    ),
    "ro": (
        "CONSTANȚA, 10 martie 2028 – Șaptesprezece pasageri au murit joi seara în naufragiul "
        "unui feribot în largul portului, iar 52 de persoane au fost salvate, a declarat "
        "purtătorul de cuvânt al Autorității Navale, Radu Ionescu. Căpitanul navei, Florin "
        "Stoica, a fost reținut.",
        [
            "Potrivit lui Radu Ionescu, șaptesprezece pasageri au murit aseară.",
            "Cincizeci și două de persoane au fost salvate.",
            "Seventeen passengers died when a ferry sank on Thursday night, naval authority "
            "spokesman Radu Ionescu said.",
        ],
        [
            ("name", "Potrivit lui Sorin Munteanu, au murit șaptesprezece pasageri."),
            ("name", "Ministrul Carmen Vasile a mers la Constanța."),
            ("number", "Au murit nouăsprezece pasageri."),
            ("date", "Feribotul s-a scufundat luni seara."),
        ],
    ),
    "hu": (
        "SIÓFOK, 2028. március 10. – Tizenhét utas vesztette életét csütörtök este, amikor egy "
        "komp felborult a Balatonon; 52 embert kimentettek – közölte a vízirendőrség "
        "szóvivője, Farkas Zoltán. A komp kapitányát, Molnár Istvánt őrizetbe vették.",
        [
            "Farkas Zoltán szerint tegnap este tizenhét utas halt meg.",
            "Ötvenkét embert mentettek ki.",
            "Seventeen passengers died when a ferry capsized on Thursday night, water police "
            "spokesman Zoltan Farkas said.",
        ],
        [
            ("name", "Varga Attila szerint tizenhét utas halt meg."),
            ("name", "Balogh Katalin miniszter Siófokra utazott."),
            ("number", "Tizenkilenc utas halt meg."),
            ("date", "A komp hétfőn este borult fel."),
        ],
    ),
    "ru": (
        "ВЛАДИВОСТОК, 10 марта 2028 года – При крушении парома у острова Русский в четверг "
        "вечером погибли семнадцать пассажиров, 52 человека спасены, сообщил представитель МЧС "
        "Андрей Кузнецов. Капитан парома Олег Беляев задержан.",
        [
            "По словам Андрея Кузнецова, вчера вечером погибли семнадцать пассажиров.",
            "Спасены пятьдесят два человека.",
            "Seventeen passengers died when a ferry sank on Thursday night, emergencies "
            "ministry spokesman Andrei Kuznetsov said.",
        ],
        [
            ("name", "По данным Павла Григорьева, погибли семнадцать пассажиров."),
            ("name", "Министр Елена Тихонова прибыла во Владивосток."),
            ("number", "Погибли девятнадцать пассажиров."),
            ("date", "Паром затонул во вторник вечером."),
        ],
    ),
    "uk": (
        "ОДЕСА, 10 березня 2028 року – Унаслідок аварії порома біля узбережжя в четвер увечері "
        "загинули сімнадцять пасажирів, 52 людей урятовано, повідомив речник ДСНС Сергій "
        "Бойко. Капітана порома Миколу Лисенка затримано.",
        [
            "За словами Сергія Бойка, вчора ввечері загинули сімнадцять пасажирів.",
            "Урятовано п'ятдесят двох людей.",
            "Seventeen passengers died when a ferry sank on Thursday night, emergency service "
            "spokesman Serhiy Boyko said.",
        ],
        [
            ("name", "За даними Тараса Кравця, загинули сімнадцять пасажирів."),
            ("name", "Міністерка Оксана Ярош прибула до Одеси."),
            ("number", "Загинули дев'ятнадцять пасажирів."),
            ("date", "Пором затонув у понеділок увечері."),
        ],
    ),
    "sr": (
        "БЕОГРАД, 10. март 2028. – У потонућу туристичког брода на Дунаву у четвртак увече "
        "погинуло је седамнаест путника, а 52 особе су спасене, саопштио је портпарол полиције "
        "Никола Јовановић. Капетан брода Драган Петровић је приведен.",
        [
            "Према речима Николе Јовановића, синоћ је погинуло седамнаест путника.",
            "Спасено је педесет две особе.",
            "Seventeen passengers died when a boat sank on Thursday night, police spokesman "
            "Nikola Jovanovic said.",
        ],
        [
            ("name", "Према речима Милана Стојановића, погинуло је седамнаест путника."),
            ("name", "Министарка Јелена Илић посетила је место несреће."),
            ("number", "Погинуло је деветнаест путника."),
            ("date", "Брод је потонуо у среду увече."),
        ],
    ),
    "tr": (
        "ÇANAKKALE, 10 Mart 2028 – Boğaz'da dün akşam alabora olan bir feribotta on yedi yolcu "
        "hayatını kaybetti, 52 kişi kurtarıldı; açıklamayı Sahil Güvenlik sözcüsü Mehmet Kılıç "
        "yaptı. Feribotun kaptanı Hüseyin Yurt gözaltına alındı.",
        [
            "Mehmet Kılıç'a göre perşembe akşamı on yedi yolcu öldü.",
            "Elli iki kişi kurtarıldı.",
            "Seventeen passengers died when a ferry capsized on Thursday night, coast guard "
            "spokesman Mehmet Kilic said.",
        ],
        [
            ("name", "Emre Polat'a göre on yedi yolcu öldü."),
            ("name", "Bakan Selin Aksoy Çanakkale'ye gitti."),
            ("number", "On dokuz yolcu öldü."),
            ("date", "Feribot salı akşamı alabora oldu."),
        ],
    ),
    "el": (
        "ΠΕΙΡΑΙΑΣ, 10 Μαρτίου 2028 – Δεκαεπτά επιβάτες έχασαν τη ζωή τους την Πέμπτη το βράδυ "
        "στο ναυάγιο πλοίου ανοιχτά της Σαλαμίνας, ενώ 52 άνθρωποι διασώθηκαν, δήλωσε ο "
        "εκπρόσωπος του Λιμενικού Νίκος Κωνσταντίνου. Ο πλοίαρχος Σπύρος Δημητρίου συνελήφθη.",
        [
            "Σύμφωνα με τον Νίκο Κωνσταντίνου, χθες το βράδυ πέθαναν δεκαεπτά επιβάτες.",
            "Πενήντα δύο άνθρωποι διασώθηκαν.",
            "Seventeen passengers died when a ferry sank on Thursday night, coast guard "
            "spokesman Nikos Konstantinou said.",
        ],
        [
            ("name", "Σύμφωνα με τον Ανδρέα Βλάχο, πέθαναν δεκαεπτά επιβάτες."),
            ("name", "Η υπουργός Κατερίνα Ζαχαρίου μετέβη στον Πειραιά."),
            ("number", "Πέθαναν δεκαεννέα επιβάτες."),
            ("date", "Το πλοίο βυθίστηκε την Τρίτη το βράδυ."),
        ],
    ),
    "vi": (
        "HẢI PHÒNG, ngày 10 tháng 3 năm 2028 – Mười bảy hành khách thiệt mạng tối thứ Năm khi "
        "một chiếc phà bị lật ngoài khơi Cát Bà, 52 người được cứu, người phát ngôn lực lượng "
        "cứu hộ Nguyễn Văn Hùng cho biết. Thuyền trưởng Trần Quốc Bảo đã bị tạm giữ.",
        [
            "Theo ông Nguyễn Văn Hùng, mười bảy hành khách đã thiệt mạng tối hôm qua.",
            "Năm mươi hai người được cứu.",
            "Seventeen passengers died when a ferry capsized on Thursday night, rescue "
            "spokesman Nguyen Van Hung said.",
        ],
        [
            ("name", "Theo ông Lê Minh Tuấn, mười bảy hành khách thiệt mạng."),
            ("name", "Bộ trưởng Phạm Thị Lan đã đến Hải Phòng."),
            ("number", "Mười chín hành khách thiệt mạng."),
            ("date", "Chiếc phà bị lật tối thứ Hai."),
        ],
    ),
    "ar": (
        "الإسكندرية، 10 مارس 2028 – لقي سبعة عشر راكبا حتفهم مساء الخميس إثر غرق عبّارة قبالة "
        "الساحل، فيما أُنقذ 52 شخصا، بحسب المتحدث باسم خفر السواحل أيمن الشريف. وأُوقف قبطان "
        "العبّارة سامح عبد الحميد.",
        [
            "قال أيمن الشريف إن سبعة عشر راكبا لقوا حتفهم مساء أمس.",
            "أُنقذ اثنان وخمسون شخصا.",
            "Seventeen passengers died when a ferry sank on Thursday night, coast guard "
            "spokesman Ayman al-Sharif said.",
        ],
        [
            ("name", "وبحسب هشام الدسوقي، لقي سبعة عشر راكبا حتفهم."),
            ("name", "زارت الوزيرة منى فاروق الإسكندرية."),
            ("number", "لقي تسعة عشر راكبا حتفهم."),
            ("date", "غرقت العبّارة مساء الأحد."),
        ],
    ),
    "fa": (
        "بندرعباس، ۲۰ اسفند ۱۴۰۶ – هفده مسافر پنجشنبه شب در پی واژگونی یک کشتی مسافربری در "
        "نزدیکی جزیره قشم جان باختند و ۵۲ نفر نجات یافتند؛ سخنگوی سازمان بنادر، علیرضا کاظمی، "
        "این خبر را داد. ناخدای کشتی، مجید طاهری، بازداشت شد.",
        [
            "به گفته علیرضا کاظمی، دیشب هفده مسافر جان باختند.",
            "پنجاه و دو نفر نجات یافتند.",
            "Seventeen passengers died when a ferry capsized on Thursday night, ports authority "
            "spokesman Alireza Kazemi said.",
        ],
        [
            ("name", "به گفته مهدی فراهانی، هفده مسافر جان باختند."),
            ("name", "وزیر راه، سیما رستمی، به بندرعباس رفت."),
            ("number", "نوزده مسافر جان باختند."),
            ("date", "کشتی شنبه شب واژگون شد."),
        ],
    ),
    "ur": (
        "کراچی، 10 مارچ 2028 – جمعرات کی رات ایک فیری الٹنے سے سترہ مسافر جاں بحق ہو گئے جبکہ "
        "52 افراد کو بچا لیا گیا، میری ٹائم سکیورٹی ایجنسی کے ترجمان کاشف رضا نے بتایا۔ فیری کے "
        "کپتان اشفاق احمد کو حراست میں لے لیا گیا۔",
        [
            "کاشف رضا کے مطابق کل رات سترہ مسافر جاں بحق ہوئے۔",
            "باون افراد کو بچا لیا گیا۔",
            "Seventeen passengers died when a ferry capsized on Thursday night, maritime agency "
            "spokesman Kashif Raza said.",
        ],
        [
            ("name", "فیصل جاوید کے مطابق سترہ مسافر جاں بحق ہوئے۔"),
            ("name", "وزیر بحری امور شازیہ مری نے کراچی کا دورہ کیا۔"),
            ("number", "انیس مسافر جاں بحق ہوئے۔"),
            ("date", "فیری منگل کی رات الٹی۔"),
        ],
    ),
    "he": (
        "חיפה, 10 במרץ 2028 – שבעה עשר נוסעים נהרגו ביום חמישי בערב כשמעבורת התהפכה מול חופי "
        "חיפה, ו-52 בני אדם חולצו, כך מסר דובר המשטרה הימית אורי שפירא. רב החובל, גיל אוחיון, "
        "נעצר.",
        [
            "לדברי אורי שפירא, שבעה עשר נוסעים נהרגו אמש.",
            "חמישים ושניים בני אדם חולצו.",
            "Seventeen passengers died when a ferry capsized on Thursday night, marine police "
            "spokesman Uri Shapira said.",
        ],
        [
            ("name", "לדברי דני אזולאי, נהרגו שבעה עשר נוסעים."),
            ("name", "השרה מיכל דהן הגיעה לחיפה."),
            ("number", "תשעה עשר נוסעים נהרגו."),
            ("date", "המעבורת התהפכה ביום שלישי בערב."),
        ],
    ),
    "hi": (
        "कोच्चि, 10 मार्च 2028 – गुरुवार रात एक नौका पलटने से सत्रह यात्रियों की मौत हो गई और 52 "
        "लोगों को बचा लिया गया, तटरक्षक बल के प्रवक्ता अरुण नायर ने बताया। नौका के कप्तान सुरेश "
        "पिल्लै को हिरासत में लिया गया।",
        [
            "अरुण नायर के अनुसार कल रात सत्रह यात्रियों की मौत हुई।",
            "बावन लोगों को बचाया गया।",
            "Seventeen passengers died when a ferry capsized on Thursday night, coast guard "
            "spokesman Arun Nair said.",
        ],
        [
            ("name", "विनोद मेनन के अनुसार सत्रह यात्रियों की मौत हुई।"),
            ("name", "मंत्री कविता रेड्डी कोच्चि पहुंचीं।"),
            ("number", "उन्नीस यात्रियों की मौत हो गई।"),
            ("date", "नौका सोमवार रात पलटी।"),
        ],
    ),
    "bn": (
        "বরিশাল, ১০ মার্চ ২০২৮ – বৃহস্পতিবার রাতে একটি লঞ্চ ডুবে সতেরো জন যাত্রী নিহত হয়েছেন "
        "এবং ৫২ জনকে উদ্ধার করা হয়েছে, জানিয়েছেন কোস্টগার্ডের মুখপাত্র আরিফুল হক। লঞ্চের "
        "মাস্টার জসিম উদ্দিনকে আটক করা হয়েছে।",
        [
            "আরিফুল হকের মতে, গতরাতে সতেরো জন যাত্রী নিহত হয়েছেন।",
            "বাহান্ন জনকে উদ্ধার করা হয়েছে।",
            "Seventeen passengers died when a ferry sank on Thursday night, coast guard "
            "spokesman Ariful Haque said.",
        ],
        [
            ("name", "মাসুদ রানার মতে, সতেরো জন যাত্রী নিহত হয়েছেন।"),
            ("name", "মন্ত্রী ফারহানা ইয়াসমিন বরিশাল পরিদর্শন করেছেন।"),
            ("number", "উনিশ জন যাত্রী নিহত হয়েছেন।"),
            ("date", "লঞ্চটি রবিবার রাতে ডুবে যায়।"),
        ],
    ),
    "zh": (
        "舟山，2028年3月10日——一艘渡轮周四晚在舟山附近海域倾覆，造成十七名乘客遇难，52人获救，"
        "海事局发言人陈志强表示。渡轮船长黄海涛已被警方控制。",
        [
            "据陈志强说，昨晚有十七名乘客遇难。",
            "五十二人获救。",
            "Seventeen passengers died when a ferry capsized on Thursday night, maritime bureau "
            "spokesman Chen Zhiqiang said.",
        ],
        [
            ("name", "据周文斌说，十七名乘客遇难。"),
            ("name", "交通部长林美华前往舟山。"),
            ("number", "事故造成十九名乘客遇难。"),
            ("date", "渡轮于周二晚倾覆。"),
        ],
    ),
    "ja": (
        "長崎、2028年3月10日 ― 海上保安部の報道官である中村浩一氏によると、木曜日の夜、"
        "五島列島沖でフェリーが転覆し、乗客17人が死亡、52人が救助された。フェリーの船長の"
        "岡田剛氏は身柄を拘束された。",
        [
            "中村浩一氏によると、昨夜の事故で乗客17人が死亡した。",
            "52人が救助された。",
            "Seventeen passengers died when a ferry capsized on Thursday night, coast guard "
            "spokesman Koichi Nakamura said.",
        ],
        [
            ("name", "西村智子氏によると、乗客17人が死亡した。"),
            ("name", "国土交通大臣の松田亮氏が長崎を訪れた。"),
            ("number", "転覆で乗客19人が死亡した。"),
            ("date", "フェリーは火曜日の夜に転覆した。"),
        ],
    ),
    "ko": (
        "목포, 2028년 3월 10일 – 목요일 밤 신안 앞바다에서 여객선이 전복돼 승객 17명이 숨지고 "
        "52명이 구조됐다고 해경 대변인 윤성민 씨가 밝혔다. 선장 임재혁 씨는 체포됐다.",
        [
            "윤성민 대변인에 따르면 어젯밤 사고로 승객 17명이 숨졌다.",
            "52명이 구조됐다.",
            "Seventeen passengers died when a ferry capsized on Thursday night, coast guard "
            "spokesman Yoon Sung-min said.",
        ],
        [
            ("name", "강지훈 씨에 따르면 승객 17명이 숨졌다."),
            ("name", "조하늘 장관은 목포를 방문했다."),
            ("number", "전복 사고로 승객 19명이 숨졌다."),
            ("date", "여객선은 월요일 밤에 전복됐다."),
        ],
    ),
}

# The tenth set: a factory explosion, written after the ninth set's fixes and before any change
# made for it. Dated Wednesday 14 June 2028; the explosion was the morning before, a Tuesday.
TENTH_DATED = dt.date(2028, 6, 14)
TENTH: dict[str, tuple[str, list[str], list[tuple[str, str]]]] = {
    "es": (
        "ZARAGOZA, 14 de junio de 2028 – Veintitrés trabajadores murieron ayer por la mañana en "
        "la explosión de una fábrica de fertilizantes y 41 resultaron heridos, según la "
        "delegada del Gobierno, Rosa Aguilar. El director de la planta, Enrique Salas, fue "
        "citado a declarar.",
        [
            "Según Rosa Aguilar, veintitrés trabajadores murieron el martes.",
            "Cuarenta y un trabajadores resultaron heridos.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, "
            "government delegate Rosa Aguilar said.",
        ],
        [
            ("name", "Según Óscar Benítez, murieron veintitrés trabajadores."),
            ("name", "El alcalde Raúl Cabrera visitó la fábrica."),
            ("number", "Murieron veinticinco trabajadores."),
            ("date", "La fábrica explotó el viernes."),
        ],
    ),
    "it": (
        "RAVENNA, 14 giugno 2028 – Ventitré operai sono morti ieri mattina nell'esplosione di "
        "uno stabilimento chimico e 41 sono rimasti feriti, ha detto il prefetto Lucia Marino. "
        "Il direttore dell'impianto, Massimo Conti, è indagato.",
        [
            "Secondo Lucia Marino, martedì mattina sono morti ventitré operai.",
            "Quarantuno operai sono rimasti feriti.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, "
            "prefect Lucia Marino said.",
        ],
        [
            ("name", "Secondo Fabio Galli, i morti sono ventitré."),
            ("name", "Il sindaco Roberto Fontana ha visitato lo stabilimento."),
            ("number", "Sono morti ventuno operai."),
            ("date", "L'esplosione è avvenuta domenica."),
        ],
    ),
    "de": (
        "LUDWIGSHAFEN, 14. Juni 2028 – Bei einer Explosion in einem Chemiewerk sind am "
        "Dienstagmorgen dreiundzwanzig Arbeiter getötet und 41 verletzt worden, teilte "
        "Polizeisprecherin Nicole Berger mit. Werksleiter Frank Ziegler wurde vernommen.",
        [
            "Laut Nicole Berger starben gestern Morgen dreiundzwanzig Arbeiter.",
            "Einundvierzig Arbeiter wurden verletzt.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Nicole Berger said.",
        ],
        [
            ("name", "Nach Angaben von Jürgen Roth starben dreiundzwanzig Arbeiter."),
            ("name", "Bürgermeister Klaus Hartmann besuchte das Werk."),
            ("number", "Fünfundzwanzig Arbeiter wurden getötet."),
            ("date", "Die Explosion ereignete sich am Donnerstag."),
        ],
    ),
    "nl": (
        "ROTTERDAM, 14 juni 2028 – Bij een explosie in een chemische fabriek zijn dinsdagochtend "
        "drieëntwintig arbeiders om het leven gekomen en 41 gewond geraakt, meldde "
        "politiewoordvoerder Sanne Visser. Fabrieksdirecteur Hans Mulder is verhoord.",
        [
            "Volgens Sanne Visser kwamen gisterochtend drieëntwintig arbeiders om.",
            "Eenenveertig arbeiders raakten gewond.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Sanne Visser said.",
        ],
        [
            ("name", "Volgens Kees Vermeulen kwamen drieëntwintig arbeiders om."),
            ("name", "Burgemeester Marloes de Wit bezocht de fabriek."),
            ("number", "Negentien arbeiders kwamen om."),
            ("date", "De explosie vond zaterdag plaats."),
        ],
    ),
    "ca": (
        "TARRAGONA, 14 de juny de 2028 – Vint-i-tres treballadors van morir ahir al matí en "
        "l'explosió d'una planta química i 41 van resultar ferits, segons el portaveu dels "
        "Mossos d'Esquadra, Jordi Puig. El director de la planta, Xavier Soler, ha estat citat "
        "a declarar.",
        [
            "Segons Jordi Puig, vint-i-tres treballadors van morir dimarts.",
            "Quaranta-un treballadors van resultar ferits.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokesman Jordi Puig said.",
        ],
        [
            ("name", "Segons Marc Vidal, van morir vint-i-tres treballadors."),
            ("name", "L'alcaldessa Núria Ferrer va visitar la planta."),
            ("number", "Van morir vint-i-cinc treballadors."),
            ("date", "L'explosió es va produir dijous."),
        ],
    ),
    "sv": (
        "NORRKÖPING, 14 juni 2028 – Tjugotre arbetare dödades i går morse när en kemisk fabrik "
        "exploderade, och 41 skadades, uppger polisens presstalesperson Emma Lindberg. "
        "Fabrikschefen Stefan Ek har förhörts.",
        [
            "Enligt Emma Lindberg dödades tjugotre arbetare på tisdagsmorgonen.",
            "Fyrtioen arbetare skadades.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Emma Lindberg said.",
        ],
        [
            ("name", "Enligt Oskar Nyberg dödades tjugotre arbetare."),
            ("name", "Kommunalrådet Karin Sjöberg besökte fabriken."),
            ("number", "Tjugofem arbetare dödades."),
            ("date", "Explosionen inträffade i söndags."),
        ],
    ),
    "pl": (
        "PŁOCK, 14 czerwca 2028 r. – W wybuchu w zakładach chemicznych zginęło we wtorek rano "
        "dwudziestu trzech pracowników, a 41 zostało rannych – poinformowała rzeczniczka "
        "policji Monika Szymańska. Dyrektor zakładu Piotr Wójcik został przesłuchany.",
        [
            "Według Moniki Szymańskiej wczoraj rano zginęło dwudziestu trzech pracowników.",
            "Rannych zostało czterdziestu jeden pracowników.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Monika Szymanska said.",
        ],
        [
            ("name", "Według Jacka Mazura zginęło dwudziestu trzech pracowników."),
            ("name", "Prezydent miasta Anna Kwiatkowska odwiedziła zakład."),
            ("number", "Zginęło dwudziestu pięciu pracowników."),
            ("date", "Wybuch nastąpił w piątek."),
        ],
    ),
    "cs": (
        "PARDUBICE, 14. června 2028 – Při výbuchu v chemické továrně zahynulo v úterý ráno "
        "dvacet tři dělníků a 41 bylo zraněno, uvedla mluvčí policie Jana Procházková. Ředitel "
        "závodu Tomáš Kučera byl vyslechnut.",
        [
            "Podle Jany Procházkové včera ráno zahynulo dvacet tři dělníků.",
            "Zraněno bylo čtyřicet jedna dělníků.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Jana Prochazkova said.",
        ],
        [
            ("name", "Podle Martina Kratochvíla zahynulo dvacet tři dělníků."),
            ("name", "Primátor Ondřej Veselý navštívil továrnu."),
            ("number", "Zahynulo dvacet pět dělníků."),
            ("date", "K výbuchu došlo v sobotu."),
        ],
    ),
    "sl": (
        "CELJE, 14. junija 2028 – V eksploziji v kemični tovarni je v torek zjutraj umrlo "
        "triindvajset delavcev, 41 jih je bilo ranjenih, je sporočila tiskovna predstavnica "
        "policije Maja Novak. Direktor tovarne Matej Kranjc je bil zaslišan.",
        [
            "Po besedah Maje Novak je včeraj zjutraj umrlo triindvajset delavcev.",
            "Ranjenih je bilo enainštirideset delavcev.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Maja Novak said.",
        ],
        [
            ("name", "Po besedah Andreja Zupana je umrlo triindvajset delavcev."),
            ("name", "Župan Boštjan Kos je obiskal tovarno."),
            ("number", "Umrlo je petindvajset delavcev."),
            ("date", "Eksplozija se je zgodila v četrtek."),
        ],
    ),
    "lt": (
        "KĖDAINIAI, 2028 m. birželio 14 d. – Vakar ryte per sprogimą chemijos gamykloje žuvo "
        "dvidešimt trys darbininkai, 41 buvo sužeisti, pranešė policijos atstovė Rasa "
        "Kazlauskienė. Gamyklos direktorius Tomas Petrauskas buvo apklaustas.",
        [
            "Pasak Rasos Kazlauskienės, antradienį žuvo dvidešimt trys darbininkai.",
            "Keturiasdešimt vienas darbininkas buvo sužeistas.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Rasa Kazlauskiene said.",
        ],
        [
            ("name", "Pasak Dariaus Jankausko, žuvo dvidešimt trys darbininkai."),
            ("name", "Meras Vytautas Stankevičius aplankė gamyklą."),
            ("number", "Žuvo dvidešimt penki darbininkai."),
            ("date", "Sprogimas įvyko penktadienį."),
        ],
    ),
    "lv": (
        "VENTSPILS, 2028. gada 14. jūnijā – Sprādzienā ķīmiskajā rūpnīcā otrdienas rītā gāja "
        "bojā divdesmit trīs strādnieki, bet 41 tika ievainoti, paziņoja policijas pārstāve "
        "Ilze Bērziņa. Rūpnīcas direktors Jānis Ozols ir nopratināts.",
        [
            "Pēc Ilzes Bērziņas teiktā, vakar no rīta gāja bojā divdesmit trīs strādnieki.",
            "Četrdesmit viens strādnieks tika ievainots.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Ilze Berzina said.",
        ],
        [
            ("name", "Pēc Andra Kalniņa teiktā, gāja bojā divdesmit trīs strādnieki."),
            ("name", "Mērs Edgars Liepa apmeklēja rūpnīcu."),
            ("number", "Gāja bojā divdesmit pieci strādnieki."),
            ("date", "Sprādziens notika sestdien."),
        ],
    ),
    "et": (
        "PÄRNU, 14. juuni 2028 – Keemiatehases toimunud plahvatuses hukkus eile hommikul "
        "kakskümmend kolm töölist ja 41 sai vigastada, teatas politsei pressiesindaja Kadri "
        "Tamm. Tehase direktor Margus Saar on üle kuulatud.",
        [
            "Kadri Tamme sõnul hukkus teisipäeva hommikul kakskümmend kolm töölist.",
            "Nelikümmend üks töölist sai vigastada.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Kadri Tamm said.",
        ],
        [
            ("name", "Priit Kase sõnul hukkus kakskümmend kolm töölist."),
            ("name", "Linnapea Tiit Mets külastas tehast."),
            ("number", "Hukkus kakskümmend viis töölist."),
            ("date", "Plahvatus toimus reedel."),
        ],
    ),
    "ro": (
        "PLOIEȘTI, 14 iunie 2028 – Douăzeci și trei de muncitori au murit ieri dimineață în "
        "explozia unei fabrici chimice, iar 41 au fost răniți, a declarat purtătoarea de cuvânt "
        "a poliției, Elena Marin. Directorul fabricii, Cătălin Neagu, a fost audiat.",
        [
            "Potrivit Elenei Marin, douăzeci și trei de muncitori au murit marți dimineață.",
            "Patruzeci și unu de muncitori au fost răniți.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Elena Marin said.",
        ],
        [
            ("name", "Potrivit lui Bogdan Lazăr, au murit douăzeci și trei de muncitori."),
            ("name", "Primarul Adrian Toma a vizitat fabrica."),
            ("number", "Au murit douăzeci și cinci de muncitori."),
            ("date", "Explozia a avut loc duminică."),
        ],
    ),
    "ru": (
        "ДЗЕРЖИНСК, 14 июня 2028 года – При взрыве на химическом заводе во вторник утром погибли "
        "двадцать три рабочих, ещё 41 человек ранен, сообщила представитель полиции Ирина "
        "Волкова. Директор завода Сергей Морозов допрошен.",
        [
            "По словам Ирины Волковой, вчера утром погибли двадцать три рабочих.",
            "Ранения получил сорок один человек.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Irina Volkova said.",
        ],
        [
            ("name", "По данным Евгения Макарова, погибли двадцать три рабочих."),
            ("name", "Мэр Владимир Зайцев посетил завод."),
            ("number", "Погибли двадцать пять рабочих."),
            ("date", "Взрыв произошёл в четверг."),
        ],
    ),
    "uk": (
        "ЗАПОРІЖЖЯ, 14 червня 2028 року – Унаслідок вибуху на хімічному заводі у вівторок "
        "уранці загинули двадцять троє робітників, ще 41 поранено, повідомила речниця поліції "
        "Юлія Коваленко. Директора заводу Василя Онищенка допитано.",
        [
            "За словами Юлії Коваленко, вчора вранці загинули двадцять три робітники.",
            "Поранено сорок одного робітника.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Yulia Kovalenko said.",
        ],
        [
            ("name", "За даними Ігоря Романюка, загинули двадцять троє робітників."),
            ("name", "Мер Олександр Гончаренко відвідав завод."),
            ("number", "Загинули двадцять п'ятеро робітників."),
            ("date", "Вибух стався в неділю."),
        ],
    ),
    "mk": (
        "СКОПЈЕ, 14 јуни 2028 – Дваесет и тројца работници загинаа вчера наутро во експлозија "
        "во хемиска фабрика, а 41 беа повредени, соопшти портпаролката на полицијата Марија "
        "Стојанова. Директорот на фабриката Горан Трајковски беше испрашан.",
        [
            "Според Марија Стојанова, во вторник загинаа дваесет и тројца работници.",
            "Четириесет и еден работник беше повреден.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Marija Stojanova said.",
        ],
        [
            ("name", "Според Дејан Николовски, загинаа дваесет и тројца работници."),
            ("name", "Градоначалникот Ивица Ристов ја посети фабриката."),
            ("number", "Загинаа дваесет и пет работници."),
            ("date", "Експлозијата се случи во петок."),
        ],
    ),
    "el": (
        "ΒΟΛΟΣ, 14 Ιουνίου 2028 – Είκοσι τρεις εργάτες σκοτώθηκαν χθες το πρωί σε έκρηξη σε "
        "χημικό εργοστάσιο και 41 τραυματίστηκαν, δήλωσε η εκπρόσωπος της αστυνομίας Αγγελική "
        "Ρήγα. Ο διευθυντής του εργοστασίου Θανάσης Λάμπρου ανακρίθηκε.",
        [
            "Σύμφωνα με την Αγγελική Ρήγα, είκοσι τρεις εργάτες σκοτώθηκαν την Τρίτη το πρωί.",
            "Σαράντα ένας εργάτες τραυματίστηκαν.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Angeliki Riga said.",
        ],
        [
            ("name", "Σύμφωνα με τον Στέλιο Μαργαρίτη, σκοτώθηκαν είκοσι τρεις εργάτες."),
            ("name", "Ο δήμαρχος Γιάννης Τσολάκης επισκέφθηκε το εργοστάσιο."),
            ("number", "Σκοτώθηκαν είκοσι πέντε εργάτες."),
            ("date", "Η έκρηξη σημειώθηκε την Κυριακή."),
        ],
    ),
    "tr": (
        "KOCAELİ, 14 Haziran 2028 – Bir kimya fabrikasında dün sabah meydana gelen patlamada "
        "yirmi üç işçi hayatını kaybetti, 41 işçi yaralandı; açıklamayı emniyet sözcüsü Ayşe "
        "Çelik yaptı. Fabrika müdürü Okan Güneş ifade verdi.",
        [
            "Ayşe Çelik'e göre salı sabahı yirmi üç işçi öldü.",
            "Kırk bir işçi yaralandı.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Ayse Celik said.",
        ],
        [
            ("name", "Volkan Erdem'e göre yirmi üç işçi öldü."),
            ("name", "Belediye Başkanı Gülay Tekin fabrikayı ziyaret etti."),
            ("number", "Patlamada yirmi beş işçi öldü."),
            ("date", "Patlama perşembe günü meydana geldi."),
        ],
    ),
    "ms": (
        "SHAH ALAM, 14 Jun 2028 – Dua puluh tiga pekerja terbunuh pagi semalam dalam letupan di "
        "sebuah kilang kimia, manakala 41 yang lain cedera, kata jurucakap polis Nurul Aini. "
        "Pengurus kilang, Hafiz Rahman, telah disoal siasat.",
        [
            "Menurut Nurul Aini, dua puluh tiga pekerja terbunuh pada hari Selasa.",
            "Empat puluh satu pekerja cedera.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Nurul Aini said.",
        ],
        [
            ("name", "Menurut Azman Ismail, dua puluh tiga pekerja terbunuh."),
            ("name", "Menteri Besar Zulkifli Omar melawat kilang itu."),
            ("number", "Dua puluh lima pekerja terbunuh."),
            ("date", "Letupan berlaku pada hari Jumaat."),
        ],
    ),
    "sw": (
        "DAR ES SALAAM, 14 Juni 2028 – Wafanyakazi ishirini na watatu waliuawa jana asubuhi "
        "katika mlipuko kwenye kiwanda cha kemikali, na wengine 41 walijeruhiwa, msemaji wa "
        "polisi Amina Mushi alisema. Meneja wa kiwanda, Juma Mwakyusa, amehojiwa.",
        [
            "Kwa mujibu wa Amina Mushi, wafanyakazi ishirini na watatu waliuawa Jumanne asubuhi.",
            "Wafanyakazi 41 walijeruhiwa.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Amina Mushi said.",
        ],
        [
            ("name", "Kwa mujibu wa Baraka Kimaro, wafanyakazi ishirini na watatu waliuawa."),
            ("name", "Mkuu wa mkoa Neema Mollel alitembelea kiwanda."),
            ("number", "Wafanyakazi ishirini na watano waliuawa."),
            ("date", "Mlipuko ulitokea Ijumaa."),
        ],
    ),
    "ar": (
        "حمص، 14 حزيران/يونيو 2028 – قتل ثلاثة وعشرون عاملا صباح أمس في انفجار بمصنع "
        "للكيماويات، وأصيب 41 آخرون، بحسب المتحدثة باسم الشرطة هالة النجار. واستُجوب مدير "
        "المصنع وليد الحسن.",
        [
            "قالت هالة النجار إن ثلاثة وعشرين عاملا قتلوا صباح الثلاثاء.",
            "أصيب واحد وأربعون عاملا.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Hala al-Najjar said.",
        ],
        [
            ("name", "وبحسب طارق الحلبي، قتل ثلاثة وعشرون عاملا."),
            ("name", "زار المحافظ فادي الخطيب المصنع."),
            ("number", "قتل خمسة وعشرون عاملا."),
            ("date", "وقع الانفجار يوم الخميس."),
        ],
    ),
    "fa": (
        "اصفهان، ۲۴ خرداد ۱۴۰۷ – بیست و سه کارگر دیروز صبح در انفجار یک کارخانه مواد شیمیایی "
        "جان باختند و ۴۱ نفر زخمی شدند؛ این را سخنگوی پلیس، لیلا حسینی، اعلام کرد. مدیر "
        "کارخانه، بهنام فتحی، بازجویی شد.",
        [
            "به گفته لیلا حسینی، بیست و سه کارگر صبح سه‌شنبه جان باختند.",
            "چهل و یک کارگر زخمی شدند.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Leila Hosseini said.",
        ],
        [
            ("name", "به گفته کامران نیکزاد، بیست و سه کارگر جان باختند."),
            ("name", "شهردار اصفهان، داوود صالحی، از کارخانه بازدید کرد."),
            ("number", "بیست و پنج کارگر جان باختند."),
            ("date", "انفجار روز پنجشنبه رخ داد."),
        ],
    ),
    "he": (
        "אשדוד, 14 ביוני 2028 – עשרים ושלושה עובדים נהרגו אתמול בבוקר בפיצוץ במפעל כימיקלים, "
        "ו-41 נפצעו, כך מסרה דוברת המשטרה ליאת כהן. מנהל המפעל, ערן גבאי, נחקר.",
        [
            "לדברי ליאת כהן, עשרים ושלושה עובדים נהרגו ביום שלישי בבוקר.",
            "ארבעים ואחד עובדים נפצעו.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Liat Cohen said.",
        ],
        [
            ("name", "לדברי יניב חדד, נהרגו עשרים ושלושה עובדים."),
            ("name", "ראש העירייה אבי אלמוג ביקר במפעל."),
            ("number", "עשרים וחמישה עובדים נהרגו."),
            ("date", "הפיצוץ אירע ביום חמישי."),
        ],
    ),
    "hi": (
        "सूरत, 14 जून 2028 – एक रासायनिक कारखाने में कल सुबह हुए विस्फोट में तेईस मजदूरों की मौत "
        "हो गई और 41 घायल हो गए, पुलिस प्रवक्ता नेहा पटेल ने बताया। कारखाने के निदेशक मनोज "
        "देसाई से पूछताछ की गई।",
        [
            "नेहा पटेल के अनुसार मंगलवार सुबह तेईस मजदूर मारे गए।",
            "इकतालीस मजदूर घायल हुए।",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Neha Patel said.",
        ],
        [
            ("name", "हितेश जोशी के अनुसार तेईस मजदूर मारे गए।"),
            ("name", "महापौर किरण शाह ने कारखाने का दौरा किया।"),
            ("number", "विस्फोट में पच्चीस मजदूरों की मौत हो गई।"),
            ("date", "विस्फोट गुरुवार को हुआ।"),
        ],
    ),
    "zh": (
        "天津，2028年6月14日——一家化工厂昨天上午发生爆炸，造成二十三名工人死亡、41人受伤，"
        "警方发言人杨丽表示。工厂厂长孙伟已接受问询。",
        [
            "据杨丽说，周二上午的爆炸造成23名工人死亡。",
            "四十一名工人受伤。",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Yang Li said.",
        ],
        [
            ("name", "据郭峰说，爆炸造成二十三人死亡。"),
            ("name", "市长何晓东视察了工厂。"),
            ("number", "爆炸造成二十五名工人死亡。"),
            ("date", "爆炸发生在星期四。"),
        ],
    ),
    "ja": (
        "四日市、2028年6月14日 ― 警察の広報官である山下恵氏によると、化学工場で昨日の朝爆発が"
        "起き、作業員23人が死亡、41人が負傷した。工場長の森本修氏は事情を聴かれた。",
        [
            "山下恵氏によると、火曜日の朝の爆発で作業員23人が死亡した。",
            "41人がけがをした。",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Megumi Yamashita said.",
        ],
        [
            ("name", "小野寺悠氏によると、作業員23人が死亡した。"),
            ("name", "市長の内田美穂氏が工場を訪れた。"),
            ("number", "爆発で作業員25人が死亡した。"),
            ("date", "爆発は木曜日に起きた。"),
        ],
    ),
    "ko": (
        "울산, 2028년 6월 14일 – 어제 오전 화학 공장에서 폭발이 일어나 근로자 23명이 숨지고 "
        "41명이 다쳤다고 경찰 대변인 서지현 씨가 밝혔다. 공장장 권혁수 씨는 조사를 받았다.",
        [
            "서지현 대변인에 따르면 화요일 오전 폭발로 근로자 23명이 숨졌다.",
            "근로자 41명이 부상을 입었다.",
            "Twenty-three workers were killed in a factory explosion on Tuesday morning, police "
            "spokeswoman Seo Ji-hyun said.",
        ],
        [
            ("name", "한상우 씨에 따르면 근로자 23명이 숨졌다."),
            ("name", "송민아 시장은 공장을 방문했다."),
            ("number", "폭발로 근로자 25명이 숨졌다."),
            ("date", "폭발은 목요일에 일어났다."),
        ],
    ),
}

# The eleventh set: a bus crash, written after the tenth set's fixes and before any change
# made for it, in languages the earlier sets had (a new story for each). Dated Sunday
# 17 September 2028; the crash was the afternoon before, a Saturday.
ELEVENTH_DATED = dt.date(2028, 9, 17)
ELEVENTH: dict[str, tuple[str, list[str], list[tuple[str, str]]]] = {
    "fr": (
        "GRENOBLE, 17 septembre 2028 – Quatorze personnes ont été tuées samedi après-midi quand "
        "un autocar est tombé dans un ravin près de Vizille, et 27 autres ont été blessées, a "
        "annoncé la préfète de l'Isère, Claire Mathieu. Le chauffeur, Patrick Royer, a survécu.",
        [
            "D'après Claire Mathieu, l'accident d'hier a fait quatorze morts.",
            "Vingt-sept passagers ont été blessés.",
            "Fourteen people were killed when a coach plunged into a ravine on Saturday, prefect "
            "Claire Mathieu said.",
        ],
        [
            ("name", "Selon Damien Lefort, quatorze personnes sont mortes."),
            ("name", "Le maire Vincent Rolland s'est rendu sur place."),
            ("number", "Seize personnes ont été tuées."),
            ("date", "L'autocar est tombé vendredi."),
        ],
    ),
    "es": (
        "CUSCO, 17 de septiembre de 2028 – Catorce personas murieron ayer por la tarde cuando un "
        "autobús cayó a un barranco en la carretera a Urubamba y otras 27 resultaron heridas, "
        "informó el jefe policial de la región, coronel Walter Quispe. El conductor, Hugo "
        "Mamani, fue detenido.",
        [
            "Según el coronel Walter Quispe, catorce personas murieron el sábado.",
            "Veintisiete pasajeros resultaron heridos.",
            "Fourteen people died when a bus fell into a ravine on Saturday, police chief Walter "
            "Quispe said.",
        ],
        [
            ("name", "Según Efraín Huamán, murieron catorce personas."),
            ("name", "El gobernador Luis Condori visitó a los heridos."),
            ("number", "Murieron doce personas."),
            ("date", "El autobús cayó el jueves."),
        ],
    ),
    "pt": (
        "RECIFE, 17 de setembro de 2028 – Catorze pessoas morreram na tarde de sábado quando um "
        "ônibus caiu em uma ribanceira na BR-232, e outras 27 ficaram feridas, informou a "
        "Polícia Rodoviária Federal por meio da porta-voz Carla Mendes. O motorista, José "
        "Araújo, sobreviveu.",
        [
            "Segundo Carla Mendes, catorze pessoas morreram ontem à tarde.",
            "Vinte e sete passageiros ficaram feridos.",
            "Fourteen people died when a bus went off a road on Saturday afternoon, highway "
            "police spokeswoman Carla Mendes said.",
        ],
        [
            ("name", "De acordo com Fábio Rezende, catorze pessoas morreram."),
            ("name", "O governador Paulo Siqueira visitou os feridos."),
            ("number", "Morreram dezesseis pessoas."),
            ("date", "O ônibus caiu na quinta-feira."),
        ],
    ),
    "it": (
        "TRENTO, 17 settembre 2028 – Quattordici persone sono morte ieri pomeriggio quando un "
        "pullman è precipitato in una scarpata sulla statale del Brennero, e altre 27 sono "
        "rimaste ferite, ha riferito il questore Alberto Moretti. L'autista, Franco Rizzo, è "
        "sopravvissuto.",
        [
            "Secondo il questore Alberto Moretti, sabato sono morte quattordici persone.",
            "Ventisette passeggeri sono rimasti feriti.",
            "Fourteen people died when a coach plunged off a road on Saturday afternoon, police "
            "chief Alberto Moretti said.",
        ],
        [
            ("name", "Secondo Matteo Villa, le vittime sono quattordici."),
            ("name", "Il presidente della provincia Sergio Bassi ha visitato i feriti."),
            ("number", "Sono morte sedici persone."),
            ("date", "Il pullman è precipitato venerdì."),
        ],
    ),
    "de": (
        "INNSBRUCK, 17. September 2028 – Beim Absturz eines Reisebusses in eine Schlucht sind am "
        "Samstagnachmittag vierzehn Menschen ums Leben gekommen, 27 wurden verletzt, wie "
        "Polizeisprecher Markus Huber mitteilte. Der Fahrer, Günter Eder, überlebte.",
        [
            "Laut Markus Huber starben gestern Nachmittag vierzehn Menschen.",
            "Siebenundzwanzig Fahrgäste wurden verletzt.",
            "Fourteen people were killed when a coach plunged into a gorge on Saturday "
            "afternoon, police spokesman Markus Huber said.",
        ],
        [
            ("name", "Nach Angaben von Thomas Gruber starben vierzehn Menschen."),
            ("name", "Landeshauptmann Werner Pichler besuchte die Verletzten."),
            ("number", "Sechzehn Menschen kamen ums Leben."),
            ("date", "Der Bus stürzte am Donnerstag ab."),
        ],
    ),
    "nl": (
        "ANTWERPEN, 17 september 2028 – Veertien mensen kwamen zaterdagmiddag om het leven toen "
        "een touringcar in een ravijn stortte, 27 anderen raakten gewond, zei gouverneur Lieve "
        "Peeters. De chauffeur, Dirk Wouters, overleefde het ongeval.",
        [
            "Volgens Lieve Peeters kwamen gisteren veertien mensen om.",
            "Zevenentwintig passagiers raakten gewond.",
            "Fourteen people were killed when a coach crashed into a ravine on Saturday "
            "afternoon, governor Lieve Peeters said.",
        ],
        [
            ("name", "Volgens Bart Claes kwamen veertien mensen om."),
            ("name", "Minister Griet Maes bezocht de gewonden."),
            ("number", "Twaalf mensen kwamen om."),
            ("date", "De bus stortte vrijdag in het ravijn."),
        ],
    ),
    "sv": (
        "ÖSTERSUND, 17 september 2028 – Fjorton personer omkom i går eftermiddag när en buss "
        "körde av vägen och ner i en ravin, och 27 skadades, säger polisens presstalesperson "
        "Anna Holmberg. Busschauffören Lars Norén överlevde.",
        [
            "Enligt Anna Holmberg omkom fjorton personer på lördagen.",
            "Tjugosju passagerare skadades.",
            "Fourteen people were killed when a bus went off the road on Saturday, police "
            "spokeswoman Anna Holmberg said.",
        ],
        [
            ("name", "Enligt Per Lindgren omkom fjorton personer."),
            ("name", "Landshövding Maria Ström besökte de skadade."),
            ("number", "Sexton personer omkom."),
            ("date", "Bussen körde av vägen i torsdags."),
        ],
    ),
    "pl": (
        "ZAKOPANE, 17 września 2028 r. – Czternaście osób zginęło w sobotę po południu, gdy "
        "autokar spadł do wąwozu na drodze do Morskiego Oka, a 27 zostało rannych – "
        "poinformował rzecznik policji Tomasz Kamiński. Kierowca Andrzej Lis przeżył.",
        [
            "Według Tomasza Kamińskiego wczoraj zginęło czternaście osób.",
            "Rannych zostało dwadzieścia siedem osób.",
            "Fourteen people were killed when a coach fell into a gorge on Saturday afternoon, "
            "police spokesman Tomasz Kaminski said.",
        ],
        [
            ("name", "Według Łukasza Wróbla zginęło czternaście osób."),
            ("name", "Wojewoda Barbara Sikorska odwiedziła rannych."),
            ("number", "Zginęło szesnaście osób."),
            ("date", "Autokar spadł w czwartek."),
        ],
    ),
    "cs": (
        "ČESKÝ KRUMLOV, 17. září 2028 – Při pádu autobusu do rokle zahynulo v sobotu odpoledne "
        "čtrnáct lidí a 27 se zranilo, uvedl mluvčí policie Radek Dvořák. Řidič Josef Beneš "
        "přežil.",
        [
            "Podle Radka Dvořáka zahynulo včera čtrnáct lidí.",
            "Zraněno bylo dvacet sedm cestujících.",
            "Fourteen people were killed when a bus fell into a gorge on Saturday afternoon, "
            "police spokesman Radek Dvorak said.",
        ],
        [
            ("name", "Podle Lukáše Šimka zahynulo čtrnáct lidí."),
            ("name", "Hejtmanka Ivana Stráská navštívila zraněné."),
            ("number", "Zahynulo šestnáct lidí."),
            ("date", "Autobus spadl v pátek."),
        ],
    ),
    "ro": (
        "BRAȘOV, 17 septembrie 2028 – Paisprezece oameni au murit ieri după-amiază după ce un "
        "autocar a căzut într-o prăpastie pe DN1, iar 27 au fost răniți, a anunțat purtătorul "
        "de cuvânt al Poliției, Mihai Dinu. Șoferul, Gheorghe Stan, a supraviețuit.",
        [
            "Potrivit lui Mihai Dinu, paisprezece oameni au murit sâmbătă.",
            "Douăzeci și șapte de pasageri au fost răniți.",
            "Fourteen people died when a coach plunged into a ravine on Saturday afternoon, "
            "police spokesman Mihai Dinu said.",
        ],
        [
            ("name", "Potrivit lui Ovidiu Pop, au murit paisprezece oameni."),
            ("name", "Prefectul Lucian Matei i-a vizitat pe răniți."),
            ("number", "Au murit șaisprezece oameni."),
            ("date", "Autocarul a căzut vineri."),
        ],
    ),
    "hu": (
        "EGER, 2028. szeptember 17. – Tizennégy ember meghalt szombat délután, amikor egy "
        "autóbusz szakadékba zuhant, 27-en megsérültek – közölte a rendőrség szóvivője, Kiss "
        "Ágnes. A sofőr, Horváth Béla túlélte a balesetet.",
        [
            "Kiss Ágnes szerint tegnap tizennégy ember halt meg.",
            "Huszonhét utas megsérült.",
            "Fourteen people were killed when a bus plunged into a ravine on Saturday afternoon, "
            "police spokeswoman Agnes Kiss said.",
        ],
        [
            ("name", "Papp Gergely szerint tizennégy ember halt meg."),
            ("name", "Lakatos Judit főispán meglátogatta a sérülteket."),
            ("number", "Tizenhat ember meghalt."),
            ("date", "A busz csütörtökön zuhant a szakadékba."),
        ],
    ),
    "ru": (
        "СОЧИ, 17 сентября 2028 года – Четырнадцать человек погибли в субботу днём, когда "
        "автобус упал в ущелье на горной дороге, ещё 27 пострадали, сообщил представитель "
        "ГИБДД Максим Ершов. Водитель автобуса Николай Фомин выжил.",
        [
            "По словам Максима Ершова, вчера погибли четырнадцать человек.",
            "Пострадали двадцать семь пассажиров.",
            "Fourteen people were killed when a bus fell into a gorge on Saturday afternoon, "
            "traffic police spokesman Maxim Yershov said.",
        ],
        [
            ("name", "По данным Кирилла Сафонова, погибли четырнадцать человек."),
            ("name", "Губернатор Роман Кудрявцев навестил пострадавших."),
            ("number", "Погибли шестнадцать человек."),
            ("date", "Автобус упал в ущелье в четверг."),
        ],
    ),
    "uk": (
        "УЖГОРОД, 17 вересня 2028 року – Чотирнадцятеро людей загинули в суботу вдень, коли "
        "автобус упав у прірву на гірській дорозі, ще 27 травмовані, повідомила речниця поліції "
        "Ганна Мороз. Водій автобуса Іван Петрук вижив.",
        [
            "За словами Ганни Мороз, учора загинули чотирнадцять людей.",
            "Травмовано двадцять сім пасажирів.",
            "Fourteen people were killed when a bus fell into a gorge on Saturday afternoon, "
            "police spokeswoman Hanna Moroz said.",
        ],
        [
            ("name", "За даними Степана Гуменюка, загинули чотирнадцять людей."),
            ("name", "Голова ОДА Віктор Микита відвідав постраждалих."),
            ("number", "Загинули шістнадцять людей."),
            ("date", "Автобус упав у прірву в четвер."),
        ],
    ),
    "bg": (
        "БЛАГОЕВГРАД, 17 септември 2028 г. – Четиринадесет души загинаха вчера следобед, след "
        "като автобус падна в пропаст край Кресна, а 27 бяха ранени, съобщи говорителят на "
        "полицията Петър Костов. Шофьорът Васил Ангелов е оцелял.",
        [
            "По думите на Петър Костов в събота са загинали четиринадесет души.",
            "Двадесет и седем пътници бяха ранени.",
            "Fourteen people were killed when a bus fell into a gorge on Saturday afternoon, "
            "police spokesman Petar Kostov said.",
        ],
        [
            ("name", "Според Димитър Янев са загинали четиринадесет души."),
            ("name", "Областният управител Росица Илиева посети ранените."),
            ("number", "Загинаха шестнадесет души."),
            ("date", "Автобусът падна в петък."),
        ],
    ),
    "tr": (
        "TRABZON, 17 Eylül 2028 – Dün öğleden sonra bir yolcu otobüsünün uçuruma yuvarlanması "
        "sonucu on dört kişi hayatını kaybetti, 27 kişi yaralandı; açıklamayı Vali Yardımcısı "
        "Serdar Öztürk yaptı. Otobüs şoförü Kadir Yıldırım kazadan sağ kurtuldu.",
        [
            "Serdar Öztürk'e göre cumartesi günü on dört kişi öldü.",
            "Yirmi yedi yolcu yaralandı.",
            "Fourteen people were killed when a bus plunged off a cliff on Saturday afternoon, "
            "deputy governor Serdar Ozturk said.",
        ],
        [
            ("name", "Cem Yavuz'a göre on dört kişi öldü."),
            ("name", "Bakan Nihal Bulut yaralıları ziyaret etti."),
            ("number", "Kazada on altı kişi öldü."),
            ("date", "Otobüs perşembe günü uçuruma yuvarlandı."),
        ],
    ),
    "el": (
        "ΙΩΑΝΝΙΝΑ, 17 Σεπτεμβρίου 2028 – Δεκατέσσερις άνθρωποι σκοτώθηκαν το απόγευμα του "
        "Σαββάτου όταν λεωφορείο έπεσε σε χαράδρα, ενώ 27 τραυματίστηκαν, ανακοίνωσε ο "
        "εκπρόσωπος της Τροχαίας Βασίλης Παπαδάκης. Ο οδηγός Χρήστος Μπέκας επέζησε.",
        [
            "Σύμφωνα με τον Βασίλη Παπαδάκη, χθες σκοτώθηκαν δεκατέσσερις άνθρωποι.",
            "Είκοσι επτά επιβάτες τραυματίστηκαν.",
            "Fourteen people were killed when a bus fell into a ravine on Saturday afternoon, "
            "traffic police spokesman Vasilis Papadakis said.",
        ],
        [
            ("name", "Σύμφωνα με τον Θοδωρή Καλαμάρα, σκοτώθηκαν δεκατέσσερις άνθρωποι."),
            ("name", "Ο περιφερειάρχης Μιχάλης Σταύρου επισκέφθηκε τους τραυματίες."),
            ("number", "Σκοτώθηκαν δεκαέξι άνθρωποι."),
            ("date", "Το λεωφορείο έπεσε την Πέμπτη."),
        ],
    ),
    "id": (
        "BANDUNG, 17 September 2028 – Empat belas orang tewas pada Sabtu sore ketika sebuah bus "
        "terjun ke jurang di jalur Cipanas, sementara 27 lainnya luka-luka, kata juru bicara "
        "kepolisian Iwan Kurniawan. Sopir bus, Asep Hidayat, selamat.",
        [
            "Menurut Iwan Kurniawan, empat belas orang tewas kemarin sore.",
            "Dua puluh tujuh penumpang luka-luka.",
            "Fourteen people were killed when a bus plunged into a ravine on Saturday afternoon, "
            "police spokesman Iwan Kurniawan said.",
        ],
        [
            ("name", "Menurut Dedi Saputra, empat belas orang tewas."),
            ("name", "Gubernur Ridwan Hakim menjenguk para korban."),
            ("number", "Enam belas orang tewas."),
            ("date", "Bus itu terjun ke jurang pada hari Kamis."),
        ],
    ),
    "ar": (
        "بيروت، 17 أيلول/سبتمبر 2028 – لقي أربعة عشر شخصا حتفهم بعد ظهر السبت إثر سقوط حافلة "
        "في واد على طريق ضهر البيدر، وأصيب 27 آخرون، بحسب المتحدث باسم قوى الأمن جوزيف مسعد. "
        "ونجا سائق الحافلة إيلي حداد.",
        [
            "قال جوزيف مسعد إن أربعة عشر شخصا قتلوا أمس.",
            "أصيب سبعة وعشرون راكبا.",
            "Fourteen people were killed when a bus fell into a valley on Saturday afternoon, "
            "security forces spokesman Joseph Massaad said.",
        ],
        [
            ("name", "وبحسب رامي الأشقر، قتل أربعة عشر شخصا."),
            ("name", "زار الوزير سليم عون الجرحى."),
            ("number", "قتل ستة عشر شخصا."),
            ("date", "سقطت الحافلة يوم الخميس."),
        ],
    ),
    "fa": (
        "رشت، ۲۷ شهریور ۱۴۰۷ – چهارده نفر دیروز بعدازظهر در پی سقوط یک اتوبوس به دره در جاده "
        "رشت-قزوین جان باختند و ۲۷ نفر زخمی شدند؛ این را سخنگوی پلیس راه، حمید رضایی، اعلام "
        "کرد. راننده اتوبوس، ناصر قربانی، زنده ماند.",
        [
            "به گفته حمید رضایی، روز شنبه چهارده نفر جان باختند.",
            "بیست و هفت مسافر زخمی شدند.",
            "Fourteen people were killed when a bus fell into a valley on Saturday afternoon, "
            "traffic police spokesman Hamid Rezaei said.",
        ],
        [
            ("name", "به گفته کیوان شریفی، چهارده نفر جان باختند."),
            ("name", "استاندار گیلان، مسعود نادری، از مجروحان عیادت کرد."),
            ("number", "شانزده نفر جان باختند."),
            ("date", "اتوبوس روز پنجشنبه به دره سقوط کرد."),
        ],
    ),
    "ur": (
        "ایبٹ آباد، 17 ستمبر 2028 – ہفتہ کی سہ پہر ایک مسافر بس کھائی میں گرنے سے چودہ افراد "
        "جاں بحق اور 27 زخمی ہو گئے، پولیس کے ترجمان عدنان قریشی نے بتایا۔ بس ڈرائیور اسلم خان "
        "بچ گیا۔",
        [
            "عدنان قریشی کے مطابق کل چودہ افراد جاں بحق ہوئے۔",
            "ستائیس مسافر زخمی ہوئے۔",
            "Fourteen people were killed when a bus fell into a ravine on Saturday afternoon, "
            "police spokesman Adnan Qureshi said.",
        ],
        [
            ("name", "شاہد محمود کے مطابق چودہ افراد جاں بحق ہوئے۔"),
            ("name", "صوبائی وزیر صائمہ ندیم نے زخمیوں کی عیادت کی۔"),
            ("number", "سولہ افراد جاں بحق ہوئے۔"),
            ("date", "بس جمعرات کو کھائی میں گری۔"),
        ],
    ),
    "he": (
        "טבריה, 17 בספטמבר 2028 – ארבעה עשר בני אדם נהרגו אתמול אחר הצהריים כשאוטובוס נפל "
        "לתהום ליד הכנרת, ו-27 נפצעו, כך מסר דובר המשטרה אלון ששון. נהג האוטובוס, משה ביטון, "
        "שרד.",
        [
            "לדברי אלון ששון, ארבעה עשר בני אדם נהרגו ביום שבת.",
            "עשרים ושבעה נוסעים נפצעו.",
            "Fourteen people were killed when a bus fell into a ravine on Saturday afternoon, "
            "police spokesman Alon Sasson said.",
        ],
        [
            ("name", "לדברי רועי אדלר, נהרגו ארבעה עשר בני אדם."),
            ("name", "השרה אורית שלום ביקרה את הפצועים."),
            ("number", "שישה עשר בני אדם נהרגו."),
            ("date", "האוטובוס נפל ביום חמישי."),
        ],
    ),
    "hi": (
        "शिमला, 17 सितंबर 2028 – शनिवार दोपहर एक बस के खाई में गिरने से चौदह लोगों की मौत हो गई "
        "और 27 घायल हो गए, पुलिस प्रवक्ता अंकित ठाकुर ने बताया। बस चालक रमेश नेगी बच गया।",
        [
            "अंकित ठाकुर के अनुसार कल चौदह लोगों की मौत हुई।",
            "सत्ताईस यात्री घायल हुए।",
            "Fourteen people were killed when a bus fell into a gorge on Saturday afternoon, "
            "police spokesman Ankit Thakur said.",
        ],
        [
            ("name", "प्रवीण राणा के अनुसार चौदह लोगों की मौत हुई।"),
            ("name", "मुख्यमंत्री सुनीता वर्मा ने घायलों से मुलाकात की।"),
            ("number", "हादसे में सोलह लोगों की मौत हो गई।"),
            ("date", "बस गुरुवार को खाई में गिरी।"),
        ],
    ),
    "bn": (
        "রাঙামাটি, ১৭ সেপ্টেম্বর ২০২৮ – শনিবার বিকেলে একটি বাস খাদে পড়ে চৌদ্দ জন নিহত এবং ২৭ জন "
        "আহত হয়েছেন, জানিয়েছেন পুলিশের মুখপাত্র কামরুল হাসান। বাসচালক মনির হোসেন বেঁচে গেছেন।",
        [
            "কামরুল হাসানের মতে, গতকাল চৌদ্দ জন নিহত হয়েছেন।",
            "সাতাশ জন যাত্রী আহত হয়েছেন।",
            "Fourteen people were killed when a bus fell into a ravine on Saturday afternoon, "
            "police spokesman Kamrul Hasan said.",
        ],
        [
            ("name", "শফিকুল আলমের মতে, চৌদ্দ জন নিহত হয়েছেন।"),
            ("name", "মন্ত্রী নাসিমা বেগম আহতদের দেখতে গেছেন।"),
            ("number", "ষোলো জন নিহত হয়েছেন।"),
            ("date", "বাসটি বৃহস্পতিবার খাদে পড়ে।"),
        ],
    ),
    "zh": (
        "昆明，2028年9月17日——一辆大巴昨天下午坠入山谷，造成十四人死亡、27人受伤，公安局发言人"
        "马丽华表示。大巴司机何建平幸存。",
        [
            "据马丽华说，周六下午的事故造成14人死亡。",
            "二十七名乘客受伤。",
            "Fourteen people were killed when a bus fell into a valley on Saturday afternoon, "
            "police spokeswoman Ma Lihua said.",
        ],
        [
            ("name", "据宋志刚说，事故造成十四人死亡。"),
            ("name", "副省长罗红梅看望了伤者。"),
            ("number", "事故造成十六人死亡。"),
            ("date", "大巴于星期四坠入山谷。"),
        ],
    ),
    "ja": (
        "高山、2028年9月17日 ― 県警の広報官である斎藤美香氏によると、土曜日の午後、観光バスが"
        "谷に転落し、乗客14人が死亡、27人がけがをした。運転手の大野誠司氏は助かった。",
        [
            "斎藤美香氏によると、昨日の事故で乗客14人が死亡した。",
            "27人が負傷した。",
            "Fourteen people were killed when a tour bus fell into a valley on Saturday "
            "afternoon, police spokeswoman Mika Saito said.",
        ],
        [
            ("name", "平田健氏によると、乗客14人が死亡した。"),
            ("name", "知事の吉川陽子氏が負傷者を見舞った。"),
            ("number", "事故で乗客16人が死亡した。"),
            ("date", "バスは木曜日に転落した。"),
        ],
    ),
    "ko": (
        "강릉, 2028년 9월 17일 – 어제 오후 버스가 계곡으로 추락해 14명이 숨지고 27명이 "
        "다쳤다고 경찰 대변인 문지영 씨가 밝혔다. 운전기사 노승철 씨는 목숨을 건졌다.",
        [
            "문지영 대변인에 따르면 토요일 사고로 14명이 숨졌다.",
            "승객 27명이 부상을 입었다.",
            "Fourteen people were killed when a bus fell into a valley on Saturday afternoon, "
            "police spokeswoman Moon Ji-young said.",
        ],
        [
            ("name", "배준호 씨에 따르면 14명이 숨졌다."),
            ("name", "유하은 지사는 부상자들을 찾았다."),
            ("number", "추락 사고로 16명이 숨졌다."),
            ("date", "버스는 목요일에 추락했다."),
        ],
    ),
}

# The twelfth set: flash floods, written after the eleventh set's fixes and before any change
# made for it, in languages the earlier sets had; numbers in thousands written as each
# language writes them ("1.200", "1 200"). Dated Thursday 9 November 2028; the floods were
# the evening before, a Wednesday.
TWELFTH_DATED = dt.date(2028, 11, 9)
TWELFTH: dict[str, tuple[str, list[str], list[tuple[str, str]]]] = {
    "fr": (
        "NICE, 9 novembre 2028 – Trente et une personnes ont péri mercredi soir dans des crues "
        "soudaines dans la vallée de la Vésubie, et 1 200 habitants ont été évacués, a indiqué "
        "le préfet des Alpes-Maritimes, Hugues Fabre. Neuf personnes sont toujours portées "
        "disparues.",
        [
            "Selon Hugues Fabre, les crues d'hier soir ont fait trente et un morts.",
            "Au total, 1 200 personnes ont été évacuées.",
            "Thirty-one people died in flash floods on Wednesday night, prefect Hugues Fabre said.",
        ],
        [
            ("name", "D'après Étienne Giraud, trente et une personnes ont péri."),
            ("name", "La ministre Sophie Chevalier est arrivée à Nice."),
            ("number", "Trente-trois personnes ont péri."),
            ("date", "Les crues ont frappé lundi soir."),
        ],
    ),
    "es": (
        "VALENCIA, 9 de noviembre de 2028 – Treinta y una personas murieron la noche del "
        "miércoles en unas inundaciones repentinas en la comarca de la Ribera y 1.200 vecinos "
        "fueron evacuados, informó el delegado del Gobierno, Ignacio Soler. Nueve personas "
        "siguen desaparecidas.",
        [
            "Según Ignacio Soler, treinta y una personas murieron anoche.",
            "Unas 1.200 personas fueron evacuadas.",
            "Thirty-one people died in flash floods on Wednesday night, government delegate "
            "Ignacio Soler said.",
        ],
        [
            ("name", "Según Alberto Pastor, murieron treinta y una personas."),
            ("name", "La presidenta regional Elena Moll visitó la zona."),
            ("number", "Murieron veintinueve personas."),
            ("date", "Las inundaciones ocurrieron el domingo."),
        ],
    ),
    "pt": (
        "PORTO ALEGRE, 9 de novembro de 2028 – Trinta e uma pessoas morreram na noite de "
        "quarta-feira em enchentes repentinas no Vale do Taquari, e 1.200 moradores foram "
        "retirados de suas casas, informou o coordenador da Defesa Civil, Rogério Lima. Nove "
        "pessoas continuam desaparecidas.",
        [
            "Segundo Rogério Lima, trinta e uma pessoas morreram ontem à noite.",
            "Cerca de 1.200 moradores foram retirados.",
            "Thirty-one people died in flash floods on Wednesday night, civil defence "
            "coordinator Rogerio Lima said.",
        ],
        [
            ("name", "De acordo com Márcio Teixeira, trinta e uma pessoas morreram."),
            ("name", "A governadora Luciana Prado visitou a região."),
            ("number", "Morreram trinta e três pessoas."),
            ("date", "As enchentes atingiram a região na segunda-feira."),
        ],
    ),
    "it": (
        "GENOVA, 9 novembre 2028 – Trentuno persone sono morte mercoledì notte nelle alluvioni "
        "improvvise in Val Bisagno e 1.200 abitanti sono stati evacuati, ha detto il prefetto "
        "Carlo Bianchi. Nove persone risultano ancora disperse.",
        [
            "Secondo il prefetto Carlo Bianchi, le alluvioni di ieri notte hanno causato "
            "trentuno morti.",
            "Sono stati evacuati 1.200 abitanti.",
            "Thirty-one people died in flash floods on Wednesday night, prefect Carlo Bianchi "
            "said.",
        ],
        [
            ("name", "Secondo Riccardo Fabbri, i morti sono trentuno."),
            ("name", "Il ministro Giulia Orlando è arrivata a Genova."),
            ("number", "Sono morte ventinove persone."),
            ("date", "L'alluvione ha colpito sabato notte."),
        ],
    ),
    "de": (
        "PASSAU, 9. November 2028 – Bei Sturzfluten im Bayerischen Wald sind in der Nacht zum "
        "Donnerstag einunddreißig Menschen ums Leben gekommen, 1.200 Anwohner wurden in "
        "Sicherheit gebracht, sagte Landrat Michael Wimmer. Neun Menschen werden noch vermisst.",
        [
            "Laut Michael Wimmer starben einunddreißig Menschen.",
            "Rund 1200 Anwohner wurden in Sicherheit gebracht.",
            "Thirty-one people died in flash floods on Wednesday night, district chief Michael "
            "Wimmer said.",
        ],
        [
            ("name", "Nach Angaben von Stefan Bauer starben einunddreißig Menschen."),
            ("name", "Ministerpräsidentin Julia Lang besuchte das Katastrophengebiet."),
            ("number", "Dreiunddreißig Menschen kamen ums Leben."),
            ("date", "Die Flut kam am Montagabend."),
        ],
    ),
    "nl": (
        "MAASTRICHT, 9 november 2028 – Bij plotselinge overstromingen in Zuid-Limburg zijn "
        "woensdagavond eenendertig mensen om het leven gekomen en 1.200 bewoners geëvacueerd, "
        "zei burgemeester Anouk Smeets. Negen mensen worden nog vermist.",
        [
            "Volgens Anouk Smeets kwamen gisteravond eenendertig mensen om.",
            "Er werden 1200 bewoners geëvacueerd.",
            "Thirty-one people died in flash floods on Wednesday evening, mayor Anouk Smeets said.",
        ],
        [
            ("name", "Volgens Ruud Hendriks kwamen eenendertig mensen om."),
            ("name", "Minister Femke Jacobs bezocht het gebied."),
            ("number", "Negenentwintig mensen kwamen om."),
            ("date", "De overstromingen waren zondagavond."),
        ],
    ),
    "sv": (
        "GÄVLE, 9 november 2028 – Trettioen personer omkom i onsdags kväll när skyfall orsakade "
        "plötsliga översvämningar, och 1 200 invånare evakuerades, säger räddningschefen Johan "
        "Eklund. Nio personer saknas fortfarande.",
        [
            "Enligt Johan Eklund omkom trettioen personer i går kväll.",
            "Omkring 1 200 invånare evakuerades.",
            "Thirty-one people died in flash floods on Wednesday evening, rescue chief Johan "
            "Eklund said.",
        ],
        [
            ("name", "Enligt Mikael Sundberg omkom trettioen personer."),
            ("name", "Inrikesminister Lena Wikström besökte området."),
            ("number", "Tjugonio personer omkom."),
            ("date", "Översvämningarna kom i måndags."),
        ],
    ),
    "pl": (
        "NOWY SĄCZ, 9 listopada 2028 r. – W gwałtownej powodzi zginęło w środę wieczorem "
        "trzydzieści jeden osób, a 1200 mieszkańców ewakuowano – poinformował wojewoda "
        "Krzysztof Wilk. Dziewięć osób uznaje się za zaginione.",
        [
            "Według Krzysztofa Wilka wczoraj wieczorem zginęło trzydzieści jeden osób.",
            "Ewakuowano tysiąc dwieście mieszkańców.",
            "Thirty-one people died in flash floods on Wednesday evening, voivode Krzysztof "
            "Wilk said.",
        ],
        [
            ("name", "Według Roberta Czarneckiego zginęło trzydzieści jeden osób."),
            ("name", "Minister Agata Michalska odwiedziła powiat."),
            ("number", "Zginęło dwadzieścia dziewięć osób."),
            ("date", "Powódź przyszła w poniedziałek."),
        ],
    ),
    "cs": (
        "ZLÍN, 9. listopadu 2028 – Při bleskových povodních zahynulo ve středu večer třicet "
        "jedna lidí a 1 200 obyvatel bylo evakuováno, uvedl hejtman Pavel Hruška. Devět lidí se "
        "stále pohřešuje.",
        [
            "Podle Pavla Hrušky zahynulo včera večer třicet jedna lidí.",
            "Evakuováno bylo 1200 obyvatel.",
            "Thirty-one people died in flash floods on Wednesday evening, regional governor "
            "Pavel Hruska said.",
        ],
        [
            ("name", "Podle Milana Bartoše zahynulo třicet jedna lidí."),
            ("name", "Ministryně Eva Holubová navštívila postižené obce."),
            ("number", "Zahynulo dvacet devět lidí."),
            ("date", "Povodně přišly v neděli."),
        ],
    ),
    "ro": (
        "PITEȘTI, 9 noiembrie 2028 – Treizeci și unu de oameni au murit miercuri seara în urma "
        "unor viituri rapide în județul Argeș, iar 1.200 de locuitori au fost evacuați, a "
        "anunțat prefectul Dan Popa. Nouă persoane sunt date dispărute.",
        [
            "Potrivit lui Dan Popa, treizeci și unu de oameni au murit aseară.",
            "Au fost evacuați 1.200 de locuitori.",
            "Thirty-one people died in flash floods on Wednesday evening, prefect Dan Popa said.",
        ],
        [
            ("name", "Potrivit lui Marius Enache, au murit treizeci și unu de oameni."),
            ("name", "Ministrul Ioana Preda a vizitat zona."),
            ("number", "Au murit douăzeci și nouă de oameni."),
            ("date", "Viiturile au lovit duminică seara."),
        ],
    ),
    "hu": (
        "MISKOLC, 2028. november 9. – Harmincegy ember vesztette életét szerda este egy "
        "hirtelen áradásban, 1200 lakost kitelepítettek – közölte a katasztrófavédelem "
        "szóvivője, Szalai Márta. Kilenc ember még mindig eltűnt.",
        [
            "Szalai Márta szerint tegnap este harmincegy ember halt meg.",
            "Ezerkétszáz lakost telepítettek ki.",
            "Thirty-one people died in flash floods on Wednesday evening, disaster agency "
            "spokeswoman Marta Szalai said.",
        ],
        [
            ("name", "Fodor Bence szerint harmincegy ember halt meg."),
            ("name", "Vida Orsolya miniszter a helyszínre látogatott."),
            ("number", "Huszonkilenc ember halt meg."),
            ("date", "Az áradás hétfő este tört ki."),
        ],
    ),
    "ru": (
        "КРАСНОДАР, 9 ноября 2028 года – В результате внезапного паводка в среду вечером погиб "
        "тридцать один человек, 1200 жителей эвакуированы, сообщил глава района Андрей Белов. "
        "Девять человек числятся пропавшими без вести.",
        [
            "По словам Андрея Белова, вчера вечером погиб тридцать один человек.",
            "Эвакуированы 1 200 жителей.",
            "Thirty-one people died in flash floods on Wednesday evening, district head Andrei "
            "Belov said.",
        ],
        [
            ("name", "По данным Глеба Широкова, погиб тридцать один человек."),
            ("name", "Губернатор Ольга Миронова прибыла в район."),
            ("number", "Погибли двадцать девять человек."),
            ("date", "Паводок случился в понедельник."),
        ],
    ),
    "uk": (
        "ІВАНО-ФРАНКІВСЬК, 9 листопада 2028 року – Унаслідок раптового паводку в середу ввечері "
        "загинула тридцять одна людина, 1200 мешканців евакуйовано, повідомив голова громади "
        "Роман Ткач. Дев'ятеро людей вважаються зниклими безвісти.",
        [
            "За словами Романа Ткача, учора ввечері загинула тридцять одна людина.",
            "Евакуйовано 1 200 мешканців.",
            "Thirty-one people died in flash floods on Wednesday evening, community head Roman "
            "Tkach said.",
        ],
        [
            ("name", "За даними Максима Дячука, загинула тридцять одна людина."),
            ("name", "Міністерка Ірина Соловей прибула на місце."),
            ("number", "Загинули двадцять дев'ять людей."),
            ("date", "Паводок стався в неділю."),
        ],
    ),
    "bg": (
        "ВРАЦА, 9 ноември 2028 г. – Тридесет и един души загинаха в сряда вечерта при внезапни "
        "наводнения, а 1200 жители бяха евакуирани, съобщи областният управител Калин Тодоров. "
        "Девет души са в неизвестност.",
        [
            "По думите на Калин Тодоров снощи са загинали тридесет и един души.",
            "Евакуирани бяха 1200 жители.",
            "Thirty-one people died in flash floods on Wednesday evening, regional governor "
            "Kalin Todorov said.",
        ],
        [
            ("name", "Според Георги Маринов са загинали тридесет и един души."),
            ("name", "Министър Десислава Петрова посети района."),
            ("number", "Загинаха двадесет и девет души."),
            ("date", "Наводненията бяха в понеделник."),
        ],
    ),
    "tr": (
        "RİZE, 9 Kasım 2028 – Dün gece meydana gelen ani sellerde otuz bir kişi hayatını "
        "kaybetti, 1.200 kişi tahliye edildi; açıklamayı Vali Murat Karaca yaptı. Dokuz kişi "
        "hâlâ kayıp.",
        [
            "Murat Karaca'ya göre çarşamba gecesi otuz bir kişi öldü.",
            "1200 kişi tahliye edildi.",
            "Thirty-one people died in flash floods on Wednesday night, governor Murat Karaca "
            "said.",
        ],
        [
            ("name", "Tolga Aydemir'e göre otuz bir kişi öldü."),
            ("name", "Bakan Esra Şimşek bölgeyi ziyaret etti."),
            ("number", "Sellerde otuz üç kişi öldü."),
            ("date", "Seller pazartesi gecesi meydana geldi."),
        ],
    ),
    "el": (
        "ΧΑΝΙΑ, 9 Νοεμβρίου 2028 – Τριάντα ένας άνθρωποι έχασαν τη ζωή τους την Τετάρτη το "
        "βράδυ σε αιφνίδιες πλημμύρες, ενώ 1.200 κάτοικοι απομακρύνθηκαν, ανακοίνωσε ο "
        "περιφερειάρχης Γιώργος Μανουσάκης. Εννέα άνθρωποι αγνοούνται.",
        [
            "Σύμφωνα με τον Γιώργο Μανουσάκη, χθες το βράδυ πέθαναν τριάντα ένας άνθρωποι.",
            "Απομακρύνθηκαν 1200 κάτοικοι.",
            "Thirty-one people died in flash floods on Wednesday night, regional governor "
            "Giorgos Manousakis said.",
        ],
        [
            ("name", "Σύμφωνα με τον Αλέξη Τσακίρη, πέθαναν τριάντα ένας άνθρωποι."),
            ("name", "Η υπουργός Ελένη Βλαχάκη έφτασε στα Χανιά."),
            ("number", "Πέθαναν είκοσι εννέα άνθρωποι."),
            ("date", "Οι πλημμύρες χτύπησαν τη Δευτέρα."),
        ],
    ),
    "id": (
        "PADANG, 9 November 2028 – Tiga puluh satu orang tewas dalam banjir bandang pada Rabu "
        "malam, sementara 1.200 warga dievakuasi, kata Kepala BPBD setempat, Yusuf Rahmat. "
        "Sembilan orang masih hilang.",
        [
            "Menurut Yusuf Rahmat, tiga puluh satu orang tewas tadi malam.",
            "Sebanyak 1.200 warga dievakuasi.",
            "Thirty-one people died in flash floods on Wednesday night, disaster agency head "
            "Yusuf Rahmat said.",
        ],
        [
            ("name", "Menurut Hendra Wijaya, tiga puluh satu orang tewas."),
            ("name", "Gubernur Ratna Sari meninjau lokasi banjir."),
            ("number", "Dua puluh sembilan orang tewas."),
            ("date", "Banjir terjadi pada hari Senin malam."),
        ],
    ),
    "ar": (
        "عمّان، 9 تشرين الثاني/نوفمبر 2028 – لقي واحد وثلاثون شخصا حتفهم مساء الأربعاء في سيول "
        "جارفة في وادي موسى، وأُجلي 1200 من السكان، بحسب مدير الدفاع المدني نضال العموش. ولا "
        "يزال تسعة أشخاص في عداد المفقودين.",
        [
            "قال نضال العموش إن واحدا وثلاثين شخصا لقوا حتفهم مساء أمس.",
            "أُجلي نحو 1200 شخص.",
            "Thirty-one people died in flash floods on Wednesday evening, civil defence "
            "director Nidal al-Amoush said.",
        ],
        [
            ("name", "وبحسب فراس الحديدي، لقي واحد وثلاثون شخصا حتفهم."),
            ("name", "زار رئيس الوزراء بشير الخصاونة المنطقة."),
            ("number", "لقي ثلاثة وثلاثون شخصا حتفهم."),
            ("date", "اجتاحت السيول المنطقة يوم الاثنين."),
        ],
    ),
    "fa": (
        "ساری، ۱۹ آبان ۱۴۰۷ – سی و یک نفر چهارشنبه شب در سیلاب ناگهانی در مازندران جان باختند و "
        "۱۲۰۰ نفر تخلیه شدند؛ این را مدیرکل مدیریت بحران استان، جواد صادقی، اعلام کرد. نه نفر "
        "همچنان مفقودند.",
        [
            "به گفته جواد صادقی، دیشب سی و یک نفر جان باختند.",
            "۱۲۰۰ نفر از خانه\u200cهایشان تخلیه شدند.",
            "Thirty-one people died in flash floods on Wednesday night, crisis management chief "
            "Javad Sadeghi said.",
        ],
        [
            ("name", "به گفته بابک منصوری، سی و یک نفر جان باختند."),
            ("name", "وزیر کشور، نسرین قاسمی، به ساری رفت."),
            ("number", "سی و سه نفر جان باختند."),
            ("date", "سیل روز دوشنبه آمد."),
        ],
    ),
    "ur": (
        "سوات، 9 نومبر 2028 – بدھ کی رات اچانک آنے والے سیلاب میں اکتیس افراد جاں بحق ہو گئے "
        "جبکہ 1200 افراد کو محفوظ مقامات پر منتقل کیا گیا، ڈپٹی کمشنر سلمان ظفر نے بتایا۔ نو "
        "افراد تاحال لاپتہ ہیں۔",
        [
            "سلمان ظفر کے مطابق کل رات اکتیس افراد جاں بحق ہوئے۔",
            "1200 افراد کو منتقل کیا گیا۔",
            "Thirty-one people died in flash floods on Wednesday night, deputy commissioner "
            "Salman Zafar said.",
        ],
        [
            ("name", "عرفان ملک کے مطابق اکتیس افراد جاں بحق ہوئے۔"),
            ("name", "صوبائی وزیر نبیلہ شاہ نے علاقے کا دورہ کیا۔"),
            ("number", "سیلاب میں تینتیس افراد جاں بحق ہوئے۔"),
            ("date", "سیلاب پیر کو آیا۔"),
        ],
    ),
    "he": (
        "צפת, 9 בנובמבר 2028 – שלושים ואחד בני אדם נהרגו ביום רביעי בערב בשיטפונות בזק בגליל "
        "העליון, ו-1,200 תושבים פונו, כך מסר ראש המועצה יעקב מזרחי. תשעה בני אדם עדיין נעדרים.",
        [
            "לדברי יעקב מזרחי, שלושים ואחד בני אדם נהרגו אמש.",
            "1,200 תושבים פונו מבתיהם.",
            "Thirty-one people died in flash floods on Wednesday evening, council head Yaakov "
            "Mizrahi said.",
        ],
        [
            ("name", "לדברי גיא אוחנה, נהרגו שלושים ואחד בני אדם."),
            ("name", "השרה יעל רבינוביץ ביקרה באזור."),
            ("number", "שלושים ושלושה בני אדם נהרגו."),
            ("date", "השיטפונות פקדו את האזור ביום שני."),
        ],
    ),
    "hi": (
        "देहरादून, 9 नवंबर 2028 – बुधवार रात अचानक आई बाढ़ में इकतीस लोगों की मौत हो गई और "
        "1,200 लोगों को सुरक्षित स्थानों पर पहुंचाया गया, जिलाधिकारी अभिषेक रावत ने बताया। नौ "
        "लोग अब भी लापता हैं।",
        [
            "अभिषेक रावत के अनुसार कल रात इकतीस लोगों की मौत हुई।",
            "1200 लोगों को सुरक्षित निकाला गया।",
            "Thirty-one people died in flash floods on Wednesday night, district magistrate "
            "Abhishek Rawat said.",
        ],
        [
            ("name", "मनीष बिष्ट के अनुसार इकतीस लोगों की मौत हुई।"),
            ("name", "मंत्री पूनम नेगी ने प्रभावित इलाके का दौरा किया।"),
            ("number", "बाढ़ में तैंतीस लोगों की मौत हो गई।"),
            ("date", "बाढ़ सोमवार को आई।"),
        ],
    ),
    "bn": (
        "সুনামগঞ্জ, ৯ নভেম্বর ২০২৮ – বুধবার রাতে আকস্মিক বন্যায় একত্রিশ জন নিহত হয়েছেন এবং "
        "১,২০০ জনকে নিরাপদ স্থানে সরিয়ে নেওয়া হয়েছে, জানিয়েছেন জেলা প্রশাসক রেজাউল করিম। "
        "নয়জন এখনও নিখোঁজ।",
        [
            "রেজাউল করিমের মতে, গতরাতে একত্রিশ জন নিহত হয়েছেন।",
            "১২০০ জনকে সরিয়ে নেওয়া হয়েছে।",
            "Thirty-one people died in flash floods on Wednesday night, district administrator "
            "Rezaul Karim said.",
        ],
        [
            ("name", "আনোয়ার হোসেনের মতে, একত্রিশ জন নিহত হয়েছেন।"),
            ("name", "মন্ত্রী শাহানা পারভীন বন্যাদুর্গত এলাকা পরিদর্শন করেছেন।"),
            ("number", "তেত্রিশ জন নিহত হয়েছেন।"),
            ("date", "বন্যা সোমবার আঘাত হানে।"),
        ],
    ),
    "zh": (
        "桂林，2028年11月9日——周三晚间突发山洪，造成三十一人死亡，1200名居民被紧急转移，县长唐国华表示。另有九人失踪。",
        [
            "据唐国华说，昨晚的山洪造成31人死亡。",
            "一千二百名居民被转移。",
            "Thirty-one people died in flash floods on Wednesday night, county chief Tang "
            "Guohua said.",
        ],
        [
            ("name", "据邓建明说，山洪造成三十一人死亡。"),
            ("name", "副省长韦丽娟赶赴灾区。"),
            ("number", "山洪造成三十三人死亡。"),
            ("date", "山洪发生在星期一。"),
        ],
    ),
    "ja": (
        "熊本、2028年11月9日 ― "
        "県の危機管理監である坂本博之氏によると、水曜日の夜、球磨川流域で鉄砲水が発生し、31人が死亡、住民1200人が避難した。9人が行方不明となっている。",
        [
            "坂本博之氏によると、昨夜の鉄砲水で31人が死亡した。",
            "住民1200人が避難した。",
            "Thirty-one people died in flash floods on Wednesday night, crisis management chief "
            "Hiroyuki Sakamoto said.",
        ],
        [
            ("name", "久保田翔氏によると、31人が死亡した。"),
            ("name", "防災担当大臣の桜井沙織氏が被災地を訪れた。"),
            ("number", "鉄砲水で33人が死亡した。"),
            ("date", "鉄砲水は月曜日に発生した。"),
        ],
    ),
    "ko": (
        "포항, 2028년 11월 9일 – 수요일 밤 갑작스러운 홍수로 31명이 숨지고 주민 1,200명이 "
        "대피했다고 재난안전대책본부 대변인 황민재 씨가 밝혔다. 9명은 실종 상태다.",
        [
            "황민재 대변인에 따르면 어젯밤 홍수로 31명이 숨졌다.",
            "주민 1200명이 대피했다.",
            "Thirty-one people died in flash floods on Wednesday night, disaster response "
            "spokesman Hwang Min-jae said.",
        ],
        [
            ("name", "장도윤 씨에 따르면 31명이 숨졌다."),
            ("name", "오세연 장관은 피해 지역을 방문했다."),
            ("number", "홍수로 33명이 숨졌다."),
            ("date", "홍수는 월요일 밤에 발생했다."),
        ],
    ),
}

# The thirteenth set: a hospital fire, written after the twelfth set's fixes and before any
# change made for it, in languages the earlier sets had. Dated Monday 15 January 2029; the
# fire was the evening before, a Sunday.
THIRTEENTH_DATED = dt.date(2029, 1, 15)
THIRTEENTH: dict[str, tuple[str, list[str], list[tuple[str, str]]]] = {
    "fr": (
        "LILLE, 15 janvier 2029 – Dix-neuf personnes ont péri dimanche soir dans l'incendie "
        "d'un hôpital de Roubaix, et 1 500 patients ont été évacués, a indiqué le directeur de "
        "l'Agence régionale de santé, Bruno Lemaire. Huit pompiers ont été légèrement blessés.",
        [
            "Selon Bruno Lemaire, l'incendie d'hier soir a fait dix-neuf morts.",
            "Quelque 1 500 patients ont dû être évacués.",
            "Nineteen people died in a hospital fire on Sunday evening, health agency director "
            "Bruno Lemaire said.",
        ],
        [
            ("name", "D'après Gaëlle Morin, dix-neuf personnes ont péri."),
            ("name", "Le ministre Xavier Dupuis s'est rendu à Roubaix."),
            ("number", "Vingt et une personnes ont péri."),
            ("date", "L'incendie s'est déclaré samedi soir."),
        ],
    ),
    "es": (
        "SEVILLA, 15 de enero de 2029 – Diecinueve personas murieron ayer por la noche en el "
        "incendio de un hospital de Dos Hermanas y 1.500 pacientes fueron evacuados, informó el "
        "consejero de Salud, Antonio Vela. Ocho bomberos resultaron heridos leves.",
        [
            "Según Antonio Vela, diecinueve personas murieron el domingo por la noche.",
            "Fueron evacuados unos 1.500 pacientes.",
            "Nineteen people died in a hospital fire on Sunday night, regional health chief "
            "Antonio Vela said.",
        ],
        [
            ("name", "Según Marta Ibáñez, murieron diecinueve personas."),
            ("name", "El alcalde Jorge Reina visitó el hospital."),
            ("number", "Murieron diecisiete personas."),
            ("date", "El incendio se declaró el viernes."),
        ],
    ),
    "pt": (
        "COIMBRA, 15 de janeiro de 2029 – Dezanove pessoas morreram no domingo à noite no "
        "incêndio de um hospital, e 1.500 doentes foram retirados, disse o presidente da "
        "Proteção Civil, Miguel Antunes. Oito bombeiros ficaram ligeiramente feridos.",
        [
            "Segundo Miguel Antunes, dezanove pessoas morreram ontem à noite.",
            "Cerca de 1.500 doentes foram retirados.",
            "Nineteen people died in a hospital fire on Sunday night, civil protection chief "
            "Miguel Antunes said.",
        ],
        [
            ("name", "De acordo com Sofia Ramos, morreram dezanove pessoas."),
            ("name", "O ministro Henrique Faria visitou o hospital."),
            ("number", "Morreram vinte e uma pessoas."),
            ("date", "O incêndio começou no sábado."),
        ],
    ),
    "it": (
        "BARI, 15 gennaio 2029 – Diciannove persone sono morte ieri sera nell'incendio di un "
        "ospedale ad Altamura e 1.500 pazienti sono stati evacuati, ha detto il direttore della "
        "Asl, Vito Lorusso. Otto vigili del fuoco sono rimasti lievemente feriti.",
        [
            "Secondo Vito Lorusso, domenica sera sono morte diciannove persone.",
            "Sono stati evacuati 1.500 pazienti.",
            "Nineteen people died in a hospital fire on Sunday evening, health authority "
            "director Vito Lorusso said.",
        ],
        [
            ("name", "Secondo Chiara Loiacono, i morti sono diciannove."),
            ("name", "Il presidente della regione Nicola Palumbo ha visitato l'ospedale."),
            ("number", "Sono morte ventuno persone."),
            ("date", "L'incendio è scoppiato sabato sera."),
        ],
    ),
    "de": (
        "DORTMUND, 15. Januar 2029 – Beim Brand in einem Krankenhaus sind am Sonntagabend "
        "neunzehn Menschen ums Leben gekommen, 1.500 Patienten wurden in Sicherheit gebracht, "
        "sagte Feuerwehrsprecher Lukas Brandt. Acht Feuerwehrleute wurden leicht verletzt.",
        [
            "Laut Lukas Brandt starben gestern Abend neunzehn Menschen.",
            "Rund 1500 Patienten wurden in Sicherheit gebracht.",
            "Nineteen people died in a hospital fire on Sunday evening, fire service spokesman "
            "Lukas Brandt said.",
        ],
        [
            ("name", "Nach Angaben von Jana Seidel starben neunzehn Menschen."),
            ("name", "Gesundheitsminister Rolf Dietrich besuchte das Krankenhaus."),
            ("number", "Einundzwanzig Menschen kamen ums Leben."),
            ("date", "Das Feuer brach am Samstagabend aus."),
        ],
    ),
    "nl": (
        "UTRECHT, 15 januari 2029 – Bij een brand in een ziekenhuis zijn zondagavond negentien "
        "mensen om het leven gekomen en 1.500 patiënten geëvacueerd, zei brandweerwoordvoerder "
        "Joost van Dijk. Acht brandweerlieden raakten lichtgewond.",
        [
            "Volgens Joost van Dijk kwamen gisteravond negentien mensen om.",
            "Er werden zo'n 1500 patiënten geëvacueerd.",
            "Nineteen people died in a hospital fire on Sunday evening, fire service spokesman "
            "Joost van Dijk said.",
        ],
        [
            ("name", "Volgens Lotte Bos kwamen negentien mensen om."),
            ("name", "Minister Pieter Koster bezocht het ziekenhuis."),
            ("number", "Eenentwintig mensen kwamen om."),
            ("date", "De brand brak zaterdagavond uit."),
        ],
    ),
    "sv": (
        "UPPSALA, 15 januari 2029 – Nitton personer omkom i går kväll när en brand bröt ut på "
        "ett sjukhus, och 1 500 patienter evakuerades, säger räddningstjänstens "
        "presstalesperson Erik Blom. Åtta brandmän skadades lindrigt.",
        [
            "Enligt Erik Blom omkom nitton personer på söndagskvällen.",
            "Omkring 1 500 patienter evakuerades.",
            "Nineteen people died in a hospital fire on Sunday evening, rescue service "
            "spokesman Erik Blom said.",
        ],
        [
            ("name", "Enligt Sofia Engström omkom nitton personer."),
            ("name", "Socialminister Henrik Falk besökte sjukhuset."),
            ("number", "Tjugoen personer omkom."),
            ("date", "Branden bröt ut i lördags."),
        ],
    ),
    "pl": (
        "ŁÓDŹ, 15 stycznia 2029 r. – W pożarze szpitala zginęło w niedzielę wieczorem "
        "dziewiętnaście osób, a 1500 pacjentów ewakuowano – poinformował rzecznik straży "
        "pożarnej Paweł Król. Ośmiu strażaków zostało lekko rannych.",
        [
            "Według Pawła Króla wczoraj wieczorem zginęło dziewiętnaście osób.",
            "Ewakuowano 1 500 pacjentów.",
            "Nineteen people died in a hospital fire on Sunday evening, fire service spokesman "
            "Pawel Krol said.",
        ],
        [
            ("name", "Według Doroty Kaczmarczyk zginęło dziewiętnaście osób."),
            ("name", "Minister Ryszard Lewicki odwiedził szpital."),
            ("number", "Zginęło dwadzieścia jeden osób."),
            ("date", "Pożar wybuchł w sobotę wieczorem."),
        ],
    ),
    "cs": (
        "OLOMOUC, 15. ledna 2029 – Při požáru nemocnice zahynulo v neděli večer devatenáct lidí "
        "a 1 500 pacientů bylo evakuováno, uvedl mluvčí hasičů Jan Svoboda. Osm hasičů utrpělo "
        "lehká zranění.",
        [
            "Podle Jana Svobody zahynulo včera večer devatenáct lidí.",
            "Evakuováno bylo 1500 pacientů.",
            "Nineteen people died in a hospital fire on Sunday evening, fire service spokesman "
            "Jan Svoboda said.",
        ],
        [
            ("name", "Podle Kateřiny Malé zahynulo devatenáct lidí."),
            ("name", "Ministr Vladimír Doležal navštívil nemocnici."),
            ("number", "Zahynulo dvacet jedna lidí."),
            ("date", "Požár vypukl v sobotu večer."),
        ],
    ),
    "ro": (
        "IAȘI, 15 ianuarie 2029 – Nouăsprezece oameni au murit duminică seara în incendiul unui "
        "spital, iar 1.500 de pacienți au fost evacuați, a declarat purtătorul de cuvânt al "
        "ISU, Andrei Rusu. Opt pompieri au fost ușor răniți.",
        [
            "Potrivit lui Andrei Rusu, nouăsprezece oameni au murit aseară.",
            "Au fost evacuați 1.500 de pacienți.",
            "Nineteen people died in a hospital fire on Sunday evening, emergency service "
            "spokesman Andrei Rusu said.",
        ],
        [
            ("name", "Potrivit Mariei Oprea, au murit nouăsprezece oameni."),
            ("name", "Ministrul Victor Ene a vizitat spitalul."),
            ("number", "Au murit douăzeci și unu de oameni."),
            ("date", "Incendiul a izbucnit sâmbătă seara."),
        ],
    ),
    "hu": (
        "SZEGED, 2029. január 15. – Tizenkilenc ember meghalt vasárnap este egy kórházban "
        "keletkezett tűzben, 1500 beteget kimenekítettek – közölte a katasztrófavédelem "
        "szóvivője, Németh Péter. Nyolc tűzoltó könnyebben megsérült.",
        [
            "Németh Péter szerint tegnap este tizenkilenc ember halt meg.",
            "Ezerötszáz beteget menekítettek ki.",
            "Nineteen people died in a hospital fire on Sunday evening, disaster agency "
            "spokesman Peter Nemeth said.",
        ],
        [
            ("name", "Balázs Eszter szerint tizenkilenc ember halt meg."),
            ("name", "Simon Tamás miniszter meglátogatta a kórházat."),
            ("number", "Huszonegy ember meghalt."),
            ("date", "A tűz szombat este ütött ki."),
        ],
    ),
    "ru": (
        "ПЕРМЬ, 15 января 2029 года – При пожаре в больнице в воскресенье вечером погибли "
        "девятнадцать человек, 1500 пациентов эвакуированы, сообщил представитель МЧС Денис "
        "Крылов. Восемь пожарных получили лёгкие травмы.",
        [
            "По словам Дениса Крылова, вчера вечером погибли девятнадцать человек.",
            "Эвакуированы 1 500 пациентов.",
            "Nineteen people died in a hospital fire on Sunday evening, emergencies ministry "
            "spokesman Denis Krylov said.",
        ],
        [
            ("name", "По данным Анны Лебедевой, погибли девятнадцать человек."),
            ("name", "Министр Константин Жуков посетил больницу."),
            ("number", "Погиб двадцать один человек."),
            ("date", "Пожар начался в субботу вечером."),
        ],
    ),
    "uk": (
        "ЛЬВІВ, 15 січня 2029 року – Унаслідок пожежі в лікарні в неділю ввечері загинули "
        "дев'ятнадцять людей, 1500 пацієнтів евакуйовано, повідомив речник ДСНС Богдан "
        "Ковальчук. Восьмеро рятувальників дістали легкі травми.",
        [
            "За словами Богдана Ковальчука, учора ввечері загинули дев'ятнадцять людей.",
            "Евакуйовано 1 500 пацієнтів.",
            "Nineteen people died in a hospital fire on Sunday evening, emergency service "
            "spokesman Bohdan Kovalchuk said.",
        ],
        [
            ("name", "За даними Оксани Литвин, загинули дев'ятнадцять людей."),
            ("name", "Міністр Андрій Бойко відвідав лікарню."),
            ("number", "Загинули двадцять одна людина."),
            ("date", "Пожежа спалахнула в суботу ввечері."),
        ],
    ),
    "bg": (
        "ПЛЕВЕН, 15 януари 2029 г. – Деветнадесет души загинаха вчера вечерта при пожар в "
        "болница, а 1500 пациенти бяха евакуирани, съобщи говорителят на пожарната Иван Колев. "
        "Осем пожарникари получиха леки наранявания.",
        [
            "По думите на Иван Колев в неделя вечерта са загинали деветнадесет души.",
            "Евакуирани бяха 1 500 пациенти.",
            "Nineteen people died in a hospital fire on Sunday evening, fire service spokesman "
            "Ivan Kolev said.",
        ],
        [
            ("name", "Според Надежда Петрова са загинали деветнадесет души."),
            ("name", "Министър Огнян Стоев посети болницата."),
            ("number", "Загинаха двадесет и един души."),
            ("date", "Пожарът избухна в събота."),
        ],
    ),
    "tr": (
        "KONYA, 15 Ocak 2029 – Bir hastanede dün akşam çıkan yangında on dokuz kişi hayatını "
        "kaybetti, 1.500 hasta tahliye edildi; açıklamayı itfaiye sözcüsü Hakan Doğan yaptı. "
        "Sekiz itfaiyeci hafif yaralandı.",
        [
            "Hakan Doğan'a göre pazar akşamı on dokuz kişi öldü.",
            "Yaklaşık 1500 hasta tahliye edildi.",
            "Nineteen people died in a hospital fire on Sunday evening, fire service spokesman "
            "Hakan Dogan said.",
        ],
        [
            ("name", "Derya Kurt'a göre on dokuz kişi öldü."),
            ("name", "Bakan Levent Uçar hastaneyi ziyaret etti."),
            ("number", "Yangında yirmi bir kişi öldü."),
            ("date", "Yangın cumartesi akşamı çıktı."),
        ],
    ),
    "el": (
        "ΛΑΡΙΣΑ, 15 Ιανουαρίου 2029 – Δεκαεννέα άνθρωποι έχασαν τη ζωή τους την Κυριακή το "
        "βράδυ σε πυρκαγιά σε νοσοκομείο, ενώ 1.500 ασθενείς απομακρύνθηκαν, δήλωσε ο "
        "εκπρόσωπος της Πυροσβεστικής Γιάννης Αρτόπουλος. Οκτώ πυροσβέστες τραυματίστηκαν "
        "ελαφρά.",
        [
            "Σύμφωνα με τον Γιάννη Αρτόπουλο, χθες το βράδυ πέθαναν δεκαεννέα άνθρωποι.",
            "Απομακρύνθηκαν 1500 ασθενείς.",
            "Nineteen people died in a hospital fire on Sunday evening, fire service spokesman "
            "Giannis Artopoulos said.",
        ],
        [
            ("name", "Σύμφωνα με την Ειρήνη Κουτσού, πέθαναν δεκαεννέα άνθρωποι."),
            ("name", "Ο υπουργός Θάνος Πλεύρης επισκέφθηκε το νοσοκομείο."),
            ("number", "Πέθαναν είκοσι ένας άνθρωποι."),
            ("date", "Η φωτιά ξέσπασε το Σάββατο."),
        ],
    ),
    "id": (
        "SURABAYA, 15 Januari 2029 – Sembilan belas orang tewas dalam kebakaran di sebuah rumah "
        "sakit pada Minggu malam, sementara 1.500 pasien dievakuasi, kata juru bicara pemadam "
        "kebakaran Rudi Santoso. Delapan petugas pemadam luka ringan.",
        [
            "Menurut Rudi Santoso, sembilan belas orang tewas tadi malam.",
            "Sekitar 1.500 pasien dievakuasi.",
            "Nineteen people died in a hospital fire on Sunday night, fire service spokesman "
            "Rudi Santoso said.",
        ],
        [
            ("name", "Menurut Siti Rahayu, sembilan belas orang tewas."),
            ("name", "Menteri Kesehatan Agus Prasetyo mengunjungi rumah sakit itu."),
            ("number", "Dua puluh satu orang tewas."),
            ("date", "Kebakaran terjadi pada hari Sabtu."),
        ],
    ),
    "ar": (
        "الرباط، 15 يناير 2029 – لقي تسعة عشر شخصا حتفهم مساء الأحد في حريق بمستشفى في سلا، "
        "وأُجلي 1500 مريض، بحسب المتحدث باسم الوقاية المدنية يوسف العلمي. وأصيب ثمانية من رجال "
        "الإطفاء بجروح طفيفة.",
        [
            "قال يوسف العلمي إن تسعة عشر شخصا لقوا حتفهم مساء أمس.",
            "أُجلي نحو 1500 مريض.",
            "Nineteen people died in a hospital fire on Sunday evening, civil protection "
            "spokesman Youssef Alami said.",
        ],
        [
            ("name", "وبحسب خديجة بناني، لقي تسعة عشر شخصا حتفهم."),
            ("name", "زار الوزير كريم التازي المستشفى."),
            ("number", "لقي واحد وعشرون شخصا حتفهم."),
            ("date", "اندلع الحريق يوم السبت."),
        ],
    ),
    "fa": (
        "تبریز، ۲۶ دی ۱۴۰۷ – نوزده نفر یکشنبه شب در آتش\u200cسوزی یک بیمارستان جان باختند و "
        "۱۵۰۰ بیمار تخلیه شدند؛ این را سخنگوی آتش\u200cنشانی، رضا نوری، اعلام کرد. هشت "
        "آتش\u200cنشان مصدوم شدند.",
        [
            "به گفته رضا نوری، دیشب نوزده نفر جان باختند.",
            "۱۵۰۰ بیمار از بیمارستان تخلیه شدند.",
            "Nineteen people died in a hospital fire on Sunday night, fire service spokesman "
            "Reza Nouri said.",
        ],
        [
            ("name", "به گفته مریم جلالی، نوزده نفر جان باختند."),
            ("name", "وزیر بهداشت، فرامرز عطایی، از بیمارستان بازدید کرد."),
            ("number", "بیست و یک نفر جان باختند."),
            ("date", "آتش\u200cسوزی شنبه شب رخ داد."),
        ],
    ),
    "ur": (
        "پشاور، 15 جنوری 2029 – اتوار کی شام ایک ہسپتال میں آگ لگنے سے انیس افراد جاں بحق ہو "
        "گئے جبکہ 1500 مریضوں کو منتقل کیا گیا، ریسکیو 1122 کے ترجمان بلال فیضی نے بتایا۔ آٹھ "
        "فائر فائٹرز معمولی زخمی ہوئے۔",
        [
            "بلال فیضی کے مطابق کل شام انیس افراد جاں بحق ہوئے۔",
            "1500 مریضوں کو دوسرے ہسپتالوں میں منتقل کیا گیا۔",
            "Nineteen people died in a hospital fire on Sunday evening, rescue service "
            "spokesman Bilal Faizi said.",
        ],
        [
            ("name", "ثمینہ بیگ کے مطابق انیس افراد جاں بحق ہوئے۔"),
            ("name", "وزیر صحت تیمور جھگڑا نے ہسپتال کا دورہ کیا۔"),
            ("number", "آگ میں اکیس افراد جاں بحق ہوئے۔"),
            ("date", "آگ ہفتہ کی شام لگی۔"),
        ],
    ),
    "he": (
        "באר שבע, 15 בינואר 2029 – תשעה עשר בני אדם נהרגו אתמול בערב בשריפה בבית חולים, ו-1,500 "
        "מטופלים פונו, כך מסר דובר כבאות והצלה עידו לוי. שמונה לוחמי אש נפצעו קל.",
        [
            "לדברי עידו לוי, תשעה עשר בני אדם נהרגו ביום ראשון בערב.",
            "כ-1,500 מטופלים פונו.",
            "Nineteen people died in a hospital fire on Sunday evening, fire service spokesman "
            "Ido Levi said.",
        ],
        [
            ("name", "לדברי מירב שטרן, נהרגו תשעה עשר בני אדם."),
            ("name", "השר אליהו דרעי ביקר בבית החולים."),
            ("number", "עשרים ואחד בני אדם נהרגו."),
            ("date", "השריפה פרצה ביום שבת."),
        ],
    ),
    "hi": (
        "जयपुर, 15 जनवरी 2029 – रविवार शाम एक अस्पताल में आग लगने से उन्नीस लोगों की मौत हो गई "
        "और 1,500 मरीजों को दूसरी जगह पहुंचाया गया, अग्निशमन विभाग के प्रवक्ता विजय शर्मा ने "
        "बताया। आठ दमकलकर्मी मामूली रूप से घायल हुए।",
        [
            "विजय शर्मा के अनुसार कल शाम उन्नीस लोगों की मौत हुई।",
            "1500 मरीजों को सुरक्षित निकाला गया।",
            "Nineteen people died in a hospital fire on Sunday evening, fire service spokesman "
            "Vijay Sharma said.",
        ],
        [
            ("name", "रचना मिश्रा के अनुसार उन्नीस लोगों की मौत हुई।"),
            ("name", "स्वास्थ्य मंत्री गौरव चौहान ने अस्पताल का दौरा किया।"),
            ("number", "आग में इक्कीस लोगों की मौत हो गई।"),
            ("date", "आग शनिवार शाम लगी।"),
        ],
    ),
    "bn": (
        "চট্টগ্রাম, ১৫ জানুয়ারি ২০২৯ – রবিবার সন্ধ্যায় একটি হাসপাতালে আগুনে উনিশ জন নিহত "
        "হয়েছেন এবং ১,৫০০ রোগীকে সরিয়ে নেওয়া হয়েছে, জানিয়েছেন ফায়ার সার্ভিসের মুখপাত্র "
        "শাহজাহান শিকদার। আটজন দমকলকর্মী সামান্য আহত হয়েছেন।",
        [
            "শাহজাহান শিকদারের মতে, গতকাল সন্ধ্যায় উনিশ জন নিহত হয়েছেন।",
            "১৫০০ রোগীকে সরিয়ে নেওয়া হয়েছে।",
            "Nineteen people died in a hospital fire on Sunday evening, fire service spokesman "
            "Shahjahan Sikder said.",
        ],
        [
            ("name", "সুমাইয়া আক্তারের মতে, উনিশ জন নিহত হয়েছেন।"),
            ("name", "স্বাস্থ্যমন্ত্রী জাহিদ মালেক হাসপাতাল পরিদর্শন করেছেন।"),
            ("number", "একুশ জন নিহত হয়েছেন।"),
            ("date", "আগুন শনিবার সন্ধ্যায় লাগে।"),
        ],
    ),
    "zh": (
        "郑州，2029年1月15日——一家医院昨晚发生火灾，造成十九人死亡，1500名病人被紧急转移，消防部门发言人刘洋表示。八名消防员受轻伤。",
        [
            "据刘洋说，周日晚间的火灾造成19人死亡。",
            "一千五百名病人被转移。",
            "Nineteen people died in a hospital fire on Sunday night, fire department spokesman "
            "Liu Yang said.",
        ],
        [
            ("name", "据许晓燕说，火灾造成十九人死亡。"),
            ("name", "卫生部长赵志国视察了医院。"),
            ("number", "火灾造成二十一人死亡。"),
            ("date", "火灾发生在星期六。"),
        ],
    ),
    "ja": (
        "仙台、2029年1月15日 ― "
        "消防局の広報官である佐藤翔太氏によると、日曜日の夜、病院で火災が発生し、19人が死亡、患者1500人が避難した。消防隊員8人が軽いけがをした。",
        [
            "佐藤翔太氏によると、昨夜の火災で19人が死亡した。",
            "患者1500人が避難した。",
            "Nineteen people died in a hospital fire on Sunday night, fire department spokesman "
            "Shota Sato said.",
        ],
        [
            ("name", "村上真由美氏によると、19人が死亡した。"),
            ("name", "厚生労働大臣の石田浩氏が病院を訪れた。"),
            ("number", "火災で21人が死亡した。"),
            ("date", "火災は土曜日に発生した。"),
        ],
    ),
    "ko": (
        "대전, 2029년 1월 15일 – 어제 저녁 병원에서 불이 나 19명이 숨지고 환자 1,500명이 "
        "대피했다고 소방본부 대변인 김도윤 씨가 밝혔다. 소방관 8명이 경상을 입었다.",
        [
            "김도윤 대변인에 따르면 일요일 저녁 화재로 19명이 숨졌다.",
            "환자 1500명이 대피했다.",
            "Nineteen people died in a hospital fire on Sunday evening, fire department "
            "spokesman Kim Do-yoon said.",
        ],
        [
            ("name", "정수빈 씨에 따르면 19명이 숨졌다."),
            ("name", "보건복지부 장관 하태경은 병원을 방문했다."),
            ("number", "화재로 21명이 숨졌다."),
            ("date", "화재는 토요일에 발생했다."),
        ],
    ),
}
