<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>Acceptance</name>
    <message>
        <source>1st attempt</source>
        <translation>1-ұсыну</translation>
    </message>
    <message>
        <source>2nd attempt</source>
        <translation>2-ұсыну</translation>
    </message>
    <message>
        <source>3rd attempt</source>
        <translation>3-ұсыну</translation>
    </message>
    <message>
        <source>attempt {n}</source>
        <translation>{n}-ұсыну</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Ұсынылған күні</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Ұсыну реті</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>pass / fail</source>
        <translation>жарамды / жарамсыз</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Шектер</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Өлшеу құралы</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Сақталмады: {message}</translation>
    </message>
    <message>
        <source>Out of limits ({limits})</source>
        <translation>Шектен тыс ({limits})</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Зауыттық нөмірі</translation>
    </message>
    <message>
        <source>Proposed from the units presented; saved with the sample&apos;s first value. Type another serial to change it.</source>
        <translation>Ұсынылған бірліктерден алынды; үлгінің бірінші мәнімен бірге сақталады. Өзгерту үшін басқа зауыттық нөмірді енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
</context>
<context>
    <name>AcceptanceBlock</name>
    <message>
        <source>Presentations awaiting inspection</source>
        <translation>Бақылауды күтіп тұрған ұсынулар</translation>
    </message>
    <message>
        <source>in today&apos;s queue — open one to inspect it (Enter or double-click)</source>
        <translation>бүгінгі кезекте — бақылау үшін біреуін ашыңыз (Enter немесе екі рет шерту)</translation>
    </message>
    <message>
        <source>nothing awaits inspection</source>
        <translation>бақылауды ештеңе күтпейді</translation>
    </message>
    <message>
        <source>Notice {number} · {item}, lot {lot} · {attempt} · {status}</source>
        <translation>{number} хабарламасы · {item}, {lot} партиясы · {attempt} · {status}</translation>
    </message>
</context>
<context>
    <name>AcceptanceView</name>
    <message>
        <source>Acceptance</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Today&apos;s queue: presentations awaiting or in inspection</source>
        <translation>Бүгінгі кезек: бақылауды күтіп тұрған немесе бақылаудағы ұсынулар</translation>
    </message>
    <message>
        <source>Nothing awaits inspection. A notice of presentation from the plant&apos;s quality department (OTK) is registered with “Register presentation”.</source>
        <translation>Бақылауды ештеңе күтпейді. Кәсіпорынның техникалық бақылау бөлімінің (ТББ) ұсыну туралы хабарламасы «Ұсынуды тіркеу» батырмасымен тіркеледі.</translation>
    </message>
    <message>
        <source>All presentations</source>
        <translation>Барлық ұсынулар</translation>
    </message>
    <message>
        <source>Register presentation</source>
        <translation>Ұсынуды тіркеу</translation>
    </message>
    <message>
        <source>Register a notice of presentation (Ctrl+N)</source>
        <translation>Ұсыну туралы хабарламаны тіркеу (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open the inspection of the selected presentation, or continue it</source>
        <translation>Таңдалған ұсынудың бақылауын ашу немесе жалғастыру</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Кері алу</translation>
    </message>
    <message>
        <source>The plant withdraws its notice before the inspection starts</source>
        <translation>Кәсіпорын бақылау басталғанға дейін хабарламасын кері алады</translation>
    </message>
    <message>
        <source>No presentation matches</source>
        <translation>Ұсынулар табылмады</translation>
    </message>
    <message>
        <source>Search by notice number or OTK reference.</source>
        <translation>Хабарлама нөмірі немесе ТББ құжаты бойынша іздеңіз.</translation>
    </message>
    <message>
        <source>No presentations yet</source>
        <translation>Әзірге ұсынулар жоқ</translation>
    </message>
    <message>
        <source>When the plant&apos;s quality department presents a lot, register its notice here; it then waits in today&apos;s queue.</source>
        <translation>Кәсіпорынның ТББ партияны ұсынғанда, оның хабарламасын осы жерде тіркеңіз; содан кейін ол бүгінгі кезекте күтеді.</translation>
    </message>
    <message>
        <source>Open inspection…</source>
        <translation>Бақылауды ашу…</translation>
    </message>
    <message>
        <source>Continue inspection</source>
        <translation>Бақылауды жалғастыру</translation>
    </message>
    <message>
        <source>View inspection</source>
        <translation>Бақылауды қарау</translation>
    </message>
    <message>
        <source>Withdraw presentation</source>
        <translation>Ұсынуды кері алу</translation>
    </message>
    <message>
        <source>Reason given by the plant (optional):</source>
        <translation>Кәсіпорын көрсеткен себеп (міндетті емес):</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Add amendment</source>
        <translation>Қосымша келісім қосу</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <source>Ground (Art. 23)</source>
        <translation>Негіздеме (23-бап)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
</context>
<context>
    <name>CharacteristicDialog</name>
    <message>
        <source>New characteristic</source>
        <translation>Жаңа сипаттама</translation>
    </message>
    <message>
        <source>Characteristic {name}</source>
        <translation>Сипаттама: {name}</translation>
    </message>
    <message>
        <source>e.g. Output power</source>
        <translation>мысалы, Шығыс қуаты</translation>
    </message>
    <message>
        <source>One conforming answer per line; empty: pass / fail</source>
        <translation>Әр жолда бір сәйкес жауап; бос болса — жарамды / жарамсыз</translation>
    </message>
    <message>
        <source>TU clause, drawing or national standard</source>
        <translation>ТШ тармағы, сызба немесе ұлттық стандарт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Тексеру тәсілі</translation>
    </message>
    <message>
        <source>Nominal value</source>
        <translation>Номиналды мән</translation>
    </message>
    <message>
        <source>Lower limit</source>
        <translation>Төменгі шек</translation>
    </message>
    <message>
        <source>Upper limit</source>
        <translation>Жоғарғы шек</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>Allowed answers</source>
        <translation>Рұқсат етілген жауаптар</translation>
    </message>
    <message>
        <source>Class of defect</source>
        <translation>Ақау санаты</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Әдісі</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Құжатқа сілтеме</translation>
    </message>
    <message>
        <source>Limits are inclusive; leave one empty for a one-sided limit. A critical characteristic rejects the lot on any one defect.</source>
        <translation>Шектер рұқсатқа кіреді; біржақты шек үшін біреуін бос қалдырыңыз. Сыни сипаттама бойынша кез келген бір ақау партияны жарамсыз етеді.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>new characteristic</source>
        <translation>жаңа сипаттама</translation>
    </message>
</context>
<context>
    <name>CloseDecisionDialog</name>
    <message>
        <source>Implemented on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <source>How it was verified</source>
        <translation>Қалай тексерілді</translation>
    </message>
    <message>
        <source>Mark implemented</source>
        <translation>Орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Why it is cancelled</source>
        <translation>Күшін жою себебі</translation>
    </message>
    <message>
        <source>Cancel the decision</source>
        <translation>Шешімнің күшін жою</translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <source>Part of a complete set</source>
        <translation>Жинақтың құрамдас бөлігі</translation>
    </message>
    <message>
        <source>e.g. Whip antenna</source>
        <translation>мысалы, Штырьлі антенна</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>Quality control</source>
        <translation>Сапаны бақылау</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Delivery dates and terms</source>
        <translation>Жеткізу мерзімдері мен талаптары</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Тұрақсыздық айыбы</translation>
    </message>
    <message>
        <source>Termination grounds</source>
        <translation>Шартты бұзу негіздері</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Тараптардың жауапкершілігі</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Жаңа шарт</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Жалпы мәліметтер</translation>
    </message>
    <message>
        <source>Terms (Art. 22.4)</source>
        <translation>Талаптар (22.4-бап)</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Кезеңдер</translation>
    </message>
    <message>
        <source>Amendments (Art. 23)</source>
        <translation>Қосымша келісімдер (23-бап)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Қол қойылған күні</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Тапсырыс беруші</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>МҚТ орындаушысы</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>МҚТ алушысы</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Шарттың мәні</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <source>Value, ₸</source>
        <translation>Құны, ₸</translation>
    </message>
    <message>
        <source>Advance, ₸</source>
        <translation>Аванс, ₸</translation>
    </message>
    <message>
        <source>Place of delivery</source>
        <translation>Жеткізу орны</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Құпиялылық грифі</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Кезең қосу</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Кезеңді жою</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Add amendment…</source>
        <translation>Қосымша келісім қосу…</translation>
    </message>
    <message>
        <source>Amendments are documents: once added they are never changed.</source>
        <translation>Қосымша келісімдер — құжаттар: қосылғаннан кейін олар өзгертілмейді.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Fulfilled contracts cannot be edited. The terms are kept as they were when the contract was fulfilled.</source>
        <translation>Орындалған шартты өзгертуге болмайды. Талаптар шарт орындалған сәттегі күйінде сақталады.</translation>
    </message>
    <message>
        <source>Terminated contracts cannot be edited. The terms are kept as they were when the contract was terminated.</source>
        <translation>Бұзылған шартты өзгертуге болмайды. Талаптар шарт бұзылған сәттегі күйінде сақталады.</translation>
    </message>
    <message>
        <source>You can read this contract. Representatives and the head of office edit contracts.</source>
        <translation>Бұл шартты тек қарай аласыз. Шарттарды әскери өкілдер мен әскери өкілдіктің бастығы өңдейді.</translation>
    </message>
    <message>
        <source>Contract {number}</source>
        <translation>Шарт {number}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Мәртебесі: {status}</translation>
    </message>
</context>
<context>
    <name>ContractPicker</name>
    <message>
        <source>Find a contract…</source>
        <translation>Шартты іздеу…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
</context>
<context>
    <name>ContractsView</name>
    <message>
        <source>Contracts</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>Control list</source>
        <translation>Тізбе</translation>
    </message>
    <message>
        <source>Show the control list of this contract</source>
        <translation>Осы шарт бойынша өнімдер тізбесін көрсету</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Мәртебесін өзгерту</translation>
    </message>
    <message>
        <source>No contract matches</source>
        <translation>Шарттар табылмады</translation>
    </message>
    <message>
        <source>Try fewer words or another status.</source>
        <translation>Сұрауды қысқартыңыз немесе басқа мәртебені таңдаңыз.</translation>
    </message>
    <message>
        <source>No contracts yet</source>
        <translation>Әзірге шарттар жоқ</translation>
    </message>
    <message>
        <source>Enter a state defense order contract with its Article 22.4 terms, then its control list.</source>
        <translation>Мемлекеттік қорғаныс тапсырысын орындауға арналған шартты 22-баптың 4-тармағында көзделген талаптарымен енгізіңіз, содан кейін бақылауға және қабылдауға жататын өнімдер тізбесін енгізіңіз.</translation>
    </message>
    <message>
        <source>Add the first contract</source>
        <translation>Бірінші шартты қосу</translation>
    </message>
    <message>
        <source>Mark contract {number} as &quot;{status}&quot;? A closed contract can no longer be edited.</source>
        <translation>Шарт {number} «{status}» мәртебесіне ауыстырылсын ба? Жабылған шартты бұдан әрі өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Bring into force</source>
        <translation>Күшіне енгізу</translation>
    </message>
    <message>
        <source>Mark as fulfilled</source>
        <translation>Орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Шартты бұзу</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Жобаға қайтару</translation>
    </message>
</context>
<context>
    <name>ControlListView</name>
    <message>
        <source>Control list of contract {number}</source>
        <translation>Шарт {number} бойынша тізбе</translation>
    </message>
    <message>
        <source>Control list</source>
        <translation>Тізбе</translation>
    </message>
    <message>
        <source>Contract {number}  ✕</source>
        <translation>Шарт {number}  ✕</translation>
    </message>
    <message>
        <source>Show the items of every contract</source>
        <translation>Барлық шарттардың позицияларын көрсету</translation>
    </message>
    <message>
        <source>Requirements…</source>
        <translation>Талаптар…</translation>
    </message>
    <message>
        <source>Characteristics to check, completeness, sampling plan and periodic tests of this item</source>
        <translation>Осы позицияның тексерілетін сипаттамалары, жинақтылығы, іріктеп бақылау жоспары және мерзімді сынақтары</translation>
    </message>
    <message>
        <source>No item matches</source>
        <translation>Позициялар табылмады</translation>
    </message>
    <message>
        <source>Try fewer words or a nomenclature code.</source>
        <translation>Сұрауды қысқартыңыз немесе номенклатура кодын енгізіңіз.</translation>
    </message>
    <message>
        <source>This contract&apos;s control list is empty</source>
        <translation>Осы шарт бойынша тізбе бос</translation>
    </message>
    <message>
        <source>Add the products, works and services the office controls and accepts under this contract.</source>
        <translation>Әскери өкілдік осы шарт бойынша бақылайтын және қабылдайтын өнімдерді, жұмыстар мен көрсетілетін қызметтерді қосыңыз.</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Позиция қосу</translation>
    </message>
    <message>
        <source>The control list is empty</source>
        <translation>Тізбе бос</translation>
    </message>
    <message>
        <source>Open a contract&apos;s control list from the Contracts area, or add an item here.</source>
        <translation>Шарттың тізбесін «Шарттар» бөлімінен ашыңыз немесе позицияны осы жерде қосыңыз.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Open office database</source>
        <translation>Әскери өкілдіктің дерекқорын ашу</translation>
    </message>
    <message>
        <source>milrep databases (*.milrep);;All files (*)</source>
        <translation>milrep дерекқорлары (*.milrep);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Demo office: users chief, rep1, rep2 and clerk; the password of each is {password}</source>
        <translation>Демо әскери өкілдік: пайдаланушылар chief, rep1, rep2 және clerk; әрқайсысының құпиясөзі — {password}</translation>
    </message>
    <message>
        <source>Building the demo office…</source>
        <translation>Демо әскери өкілдік құрылуда…</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>Office {code} · {name} · {plant}</source>
        <translation>Әскери өкілдік {code} · {name} · {plant}</translation>
    </message>
    <message>
        <source>Contracts in force</source>
        <translation>Күшіндегі шарттар</translation>
    </message>
    <message>
        <source>Control-list items</source>
        <translation>Тізбе позициялары</translation>
    </message>
    <message>
        <source>Lots registered</source>
        <translation>Тіркелген партиялар</translation>
    </message>
    <message>
        <source>Deadlines in the next {n} days</source>
        <translation>Алдағы {n} күндегі мерзімдер</translation>
    </message>
    <message>
        <source>Instruments due for calibration in {n} days</source>
        <translation>Алдағы {n} күнде калибрлеу мерзімі жететін өлшеу құралдары</translation>
    </message>
    <message>
        <source>Upcoming stage and delivery deadlines</source>
        <translation>Кезеңдер мен жеткізудің жақындаған мерзімдері</translation>
    </message>
    <message>
        <source>Nothing falls due in the next {n} days</source>
        <translation>Алдағы {n} күнде мерзімі жететін ештеңе жоқ</translation>
    </message>
    <message>
        <source>Stage deadlines of contracts and delivery deadlines of control-list items appear here.</source>
        <translation>Мұнда шарт кезеңдерінің мерзімдері және тізбе позицияларын жеткізу мерзімдері көрсетіледі.</translation>
    </message>
    <message>
        <source>Overdue: {n}</source>
        <translation>Мерзімі өткені: {n}</translation>
    </message>
    <message>
        <source>Drafts: {n}</source>
        <translation>Жобалар: {n}</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалды</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Жеткізу</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>{name}: {found} of {expected} {unit}</source>
        <translation>{name}: {expected} {unit} ішінен {found}</translation>
    </message>
    <message>
        <source>{name}, unit {unit}: {got}{limits} — {severity}</source>
        <translation>{name}, {unit} бірлігі: {got}{limits} — {severity}</translation>
    </message>
    <message>
        <source>Decision on notice {number}</source>
        <translation>{number} хабарламасы бойынша шешім</translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <translation>қорытынды әлі жоқ</translation>
    </message>
    <message>
        <source>{item}, lot {lot}, {attempt}. The rules say: {verdict}. {reason}</source>
        <translation>{item}, {lot} партиясы, {attempt}. Ережелер бойынша: {verdict}. {reason}</translation>
    </message>
    <message>
        <source>Accept the whole presentation</source>
        <translation>Ұсынылғанның бәрін қабылдау</translation>
    </message>
    <message>
        <source>Accept in part</source>
        <translation>Ішінара қабылдау</translation>
    </message>
    <message>
        <source>Return (issue a return notice)</source>
        <translation>Қайтару (қайтару туралы хабарлама беру)</translation>
    </message>
    <message>
        <source>Tick the units accepted; the others are rejected.</source>
        <translation>Қабылданған бірліктерді белгілеңіз; қалғандары қабылданбайды.</translation>
    </message>
    <message>
        <source>The units have no serial numbers: give the quantities.</source>
        <translation>Бірліктердің зауыттық нөмірлері жоқ: сандарын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Defects listed on the return notice:</source>
        <translation>Қайтару туралы хабарламада көрсетілетін ақаулар:</translation>
    </message>
    <message>
        <source>No defects recorded: give the reason for returning the lot.</source>
        <translation>Ақаулар жазылмаған: партияны қайтару себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>The head of office can sign a suspension of acceptance and shipment of this item (Suspensions).</source>
        <translation>Әскери өкілдіктің бастығы осы позицияны қабылдау мен жөнелтуді тоқтата тұруға қол қоя алады («Тоқтата тұрулар» бөлімі).</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Қол қою…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Notice {number}: {item}, lot {lot}, {attempt}</source>
        <translation>{number} хабарламасы: {item}, {lot} партиясы, {attempt}</translation>
    </message>
    <message>
        <source>Decision: {verdict}</source>
        <translation>Шешім: {verdict}</translation>
    </message>
    <message>
        <source>Accepted: {serials}</source>
        <translation>Қабылданды: {serials}</translation>
    </message>
    <message>
        <source>Rejected: {serials}</source>
        <translation>Қабылданбады: {serials}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Себебі: {reason}</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <source>Return notice {number} is issued and signed.</source>
        <translation>{number} қайтару туралы хабарлама берілді және оған қол қойылды.</translation>
    </message>
    <message>
        <source>Acceptance record {number} is issued and signed.</source>
        <translation>{number} қабылдау актісі ресімделді және оған қол қойылды.</translation>
    </message>
    <message>
        <source>The plant may present the lot again after rework: it comes back as the next attempt, and only what failed is re-tested.</source>
        <translation>Пысықтаудан кейін зауыт партияны қайта ұсына алады: бұл келесі ұсыну болады, тек өтпеген нәрсе қайта тексеріледі.</translation>
    </message>
    <message>
        <source>The accepted units can now be certified (quality certificate).</source>
        <translation>Қабылданған бұйымдарға енді сапа куәлігін ресімдеуге болады.</translation>
    </message>
    <message>
        <source>Decision on quality and reliability</source>
        <translation>Сапа және сенімділік мәселелері жөніндегі шешім</translation>
    </message>
    <message>
        <source>Who at the plant implements it</source>
        <translation>Кәсіпорында кім орындайды</translation>
    </message>
    <message>
        <source>Not for one item</source>
        <translation>Бір позиция бойынша емес</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Құру</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Орындалуын тексеру</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, мерзімі өткен</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <source>Decisions on quality and reliability</source>
        <translation>Сапа және сенімділік мәселелері жөніндегі шешімдер</translation>
    </message>
    <message>
        <source>Storage checks of accepted lots</source>
        <translation>Қабылданған партиялардың сақталуын тексеру</translation>
    </message>
    <message>
        <source>New decision…</source>
        <translation>Жаңа шешім…</translation>
    </message>
    <message>
        <source>Implemented…</source>
        <translation>Орындалды…</translation>
    </message>
    <message>
        <source>Cancel decision…</source>
        <translation>Шешімнің күшін жою…</translation>
    </message>
    <message>
        <source>Record a check…</source>
        <translation>Тексеруді жазу…</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <source>Disposition of the nonconformity</source>
        <translation>Сәйкессіздік бойынша шешім</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Concession No.</source>
        <translation>Ауытқуға рұқсат №</translation>
    </message>
    <message>
        <source>Concession expires</source>
        <translation>Рұқсаттың мерзімі</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>{title} No. {number}</source>
        <translation>{title} № {number}</translation>
    </message>
    <message>
        <source>Preparing {document}…</source>
        <translation>Дайындалуда: {document}…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF the documents of this record</source>
        <translation>Осы жазбаның құжаттарын алдын ала қарау, басып шығару немесе PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>This record has no printed document yet</source>
        <translation>Бұл жазбада әлі басып шығарылатын құжат жоқ</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>milrep</source>
        <translation>milrep</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong that milrep did not expect.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Nothing already stored has been lost: the action was undone. If it happens again, show the details below to your administrator.</source>
        <translation>&lt;b&gt;milrep жұмысында күтпеген ақау орын алды.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Бұрын сақталған деректер жоғалған жоқ: әрекет болдырылмады. Қате қайталанса, төмендегі мәліметтерді әкімшіге көрсетіңіз.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Мәліметтерді көрсету</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Мәліметтерді көшіру</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Мәліметтерді жасыру</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Өзгерістерден бас тарту керек пе?</translation>
    </message>
</context>
<context>
    <name>InspectionWindow</name>
    <message>
        <source>No inspection</source>
        <translation>Бақылау жоқ</translation>
    </message>
    <message>
        <source>Notice {number} is “{status}”: it has no inspection.</source>
        <translation>{number} хабарламасының мәртебесі — «{status}»: ол бойынша бақылау жоқ.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Instrument for every measured row:</source>
        <translation>Барлық өлшенетін жолдарға арналған өлшеу құралы:</translation>
    </message>
    <message>
        <source>Verdict of the rules</source>
        <translation>Ережелер бойынша қорытынды</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Жинақтылық</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Қажет</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Нақты</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>Фотосуреттер мен сканерленген құжаттар</translation>
    </message>
    <message>
        <source>Add photo or scan…</source>
        <translation>Фото немесе скан қосу…</translation>
    </message>
    <message>
        <source>Decide and sign…</source>
        <translation>Шешім қабылдап, қол қою…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Type a value and press Enter or Tab to go to the next cell. Each value is saved at once; red: out of limits; amber: not saved (see the message).</source>
        <translation>Мәнді енгізіп, келесі ұяшыққа өту үшін Enter немесе Tab басыңыз. Әр мән бірден сақталады; қызыл — шектен тыс; сары — сақталмады (хабарламаны қараңыз).</translation>
    </message>
    <message>
        <source>Inspection of notice {number}</source>
        <translation>{number} хабарламасы бойынша бақылау</translation>
    </message>
    <message>
        <source>{item}, lot {lot}</source>
        <translation>{item}, {lot} партиясы</translation>
    </message>
    <message>
        <source>every unit ({n})</source>
        <translation>барлық бірліктер ({n})</translation>
    </message>
    <message>
        <source>sample of {n} of {qty}</source>
        <translation>{qty} ішінен {n} іріктеме</translation>
    </message>
    <message>
        <source>Notice {number}</source>
        <translation>{number} хабарламасы</translation>
    </message>
    <message>
        <source>re-test of what failed</source>
        <translation>сәйкес келмегенді қайта тексеру</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Шешім қабылданды</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>Қорытынды әлі жоқ</translation>
    </message>
    <message>
        <source>{severity}: {d} nonconforming of {n} (each unit judged)</source>
        <translation>{severity}: {n} ішінен {d} сәйкес келмейді (әр бірлік бағаланады)</translation>
    </message>
    <message>
        <source>{severity}: {d} nonconforming of {n} (Ac {ac}, Re {re})</source>
        <translation>{severity}: {n} ішінен {d} сәйкес келмейді (Ac {ac}, Re {re})</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Сақталмады: {message}</translation>
    </message>
    <message>
        <source>Add a photo or scan</source>
        <translation>Фото немесе скан қосу</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>Фотосуреттер мен скандар (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Adding {name}</source>
        <translation>{name} қосылуда</translation>
    </message>
    <message>
        <source>Some values are not saved (amber): correct them before deciding.</source>
        <translation>Кейбір мәндер сақталмаған (сары): шешім қабылдамас бұрын оларды түзетіңіз.</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
</context>
<context>
    <name>InstrumentEditor</name>
    <message>
        <source>Retire instrument</source>
        <translation>Өлшеу құралын тізілімнен шығару</translation>
    </message>
    <message>
        <source>Register a measuring instrument</source>
        <translation>Өлшеу құралын тіркеу</translation>
    </message>
    <message>
        <source>Measuring instrument</source>
        <translation>Өлшеу құралы</translation>
    </message>
    <message>
        <source>e.g. Wattmeter M3-93</source>
        <translation>мысалы, М3-93 ваттметрі</translation>
    </message>
    <message>
        <source>e.g. 0.1–100 W</source>
        <translation>мысалы, 0,1–100 Вт</translation>
    </message>
    <message>
        <source>Calibration certificate No.</source>
        <translation>Калибрлеу сертификатының №</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Өлшеу құралы</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>Зауыттық №</translation>
    </message>
    <message>
        <source>Measuring range</source>
        <translation>Өлшеу ауқымы</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Дәлдігі</translation>
    </message>
    <message>
        <source>Calibrated on</source>
        <translation>Калибрленген күні</translation>
    </message>
    <message>
        <source>Next calibration due</source>
        <translation>Келесі калибрлеу мерзімі</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Орналасқан жері</translation>
    </message>
    <message>
        <source>Valid through the due date inclusive; from the next day a measurement with it is refused.</source>
        <translation>Көрсетілген күнді қоса алғанда жарамды; келесі күннен бастап онымен жасалған өлшеу қабылданбайды.</translation>
    </message>
    <message>
        <source>New calibration</source>
        <translation>Жаңа калибрлеу</translation>
    </message>
    <message>
        <source>Enter the dates and certificate of a new calibration</source>
        <translation>Жаңа калибрлеудің күндері мен сертификатын енгізу</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Тізілімнен шығару</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>{name} No. {serial}</source>
        <translation>{name} № {serial}</translation>
    </message>
    <message>
        <source>Retired from the register; kept because measurements name it.</source>
        <translation>Тізілімнен шығарылған; өлшеулер оған сілтеме жасайтындықтан сақталады.</translation>
    </message>
    <message>
        <source>Calibration expired on {due} ({n} days ago): measurements with it are refused until a new calibration is entered.</source>
        <translation>Калибрлеу мерзімі {due} өтті ({n} күн бұрын): жаңа калибрлеу енгізілгенге дейін онымен жасалған өлшеулер қабылданбайды.</translation>
    </message>
    <message>
        <source>Calibration due on {due}: {n} days left.</source>
        <translation>Калибрлеу мерзімі {due}: {n} күн қалды.</translation>
    </message>
    <message>
        <source>Calibrated, valid until {due}.</source>
        <translation>Калибрленген, {due} дейін жарамды.</translation>
    </message>
    <message>
        <source>Retire {name} No. {serial}? It stays in the register, but no measurement can be recorded with it.</source>
        <translation>{name} № {serial} тізілімнен шығарылсын ба? Жазба тізілімде қалады, бірақ онымен өлшеу жазуға болмайды.</translation>
    </message>
</context>
<context>
    <name>InstrumentsView</name>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Мерзімі жақын</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Жарамды</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Шығарылған</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Өлшеу құралдары</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Шығарылғандарды көрсету</translation>
    </message>
    <message>
        <source>{n} in the register</source>
        <translation>Тізілімде: {n}</translation>
    </message>
    <message>
        <source>{n} in use</source>
        <translation>Пайдаланыста: {n}</translation>
    </message>
    <message>
        <source>No instrument matches</source>
        <translation>Өлшеу құралдары табылмады</translation>
    </message>
    <message>
        <source>Try part of the name, serial number or location.</source>
        <translation>Атауының, зауыттық нөмірінің немесе орналасқан жерінің бір бөлігін енгізіңіз.</translation>
    </message>
    <message>
        <source>No measuring instruments yet</source>
        <translation>Әзірге өлшеу құралдары жоқ</translation>
    </message>
    <message>
        <source>Register the instruments measurements are taken with and their calibration: a measurement with an instrument out of calibration is refused.</source>
        <translation>Өлшеу жүргізілетін құралдарды және олардың калибрленуін тіркеңіз: калибрлеу мерзімі өткен құралмен жасалған өлшеу қабылданбайды.</translation>
    </message>
    <message>
        <source>Register an instrument</source>
        <translation>Өлшеу құралын тіркеу</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>New control-list item</source>
        <translation>Тізбенің жаңа позициясы</translation>
    </message>
    <message>
        <source>Control-list item</source>
        <translation>Тізбе позициясы</translation>
    </message>
    <message>
        <source>rev.</source>
        <translation>ред.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Nomenclature code</source>
        <translation>Номенклатура коды</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>өлш. бірл.</translation>
    </message>
    <message>
        <source>Delivery by</source>
        <translation>Жеткізу мерзімі</translation>
    </message>
    <message>
        <source>Technical documentation (TU)</source>
        <translation>Техникалық құжаттама (ТШ)</translation>
    </message>
    <message>
        <source>Operational requirement (TTZ)</source>
        <translation>Тактикалық-техникалық тапсырма (ТТТ)</translation>
    </message>
    <message>
        <source>National standards
(one per line)</source>
        <translation>Ұлттық стандарттар
(әр жолда біреуден)</translation>
    </message>
    <message>
        <source>Required tests
(one per line)</source>
        <translation>Міндетті сынақтар
(әр жолда біреуден)</translation>
    </message>
    <message>
        <source>Approved by document</source>
        <translation>Бекіткен құжат</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Бекітілген күні</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Бекіткен</translation>
    </message>
    <message>
        <source>Requirements…</source>
        <translation>Талаптар…</translation>
    </message>
    <message>
        <source>Characteristics to check, completeness, sampling plan and periodic tests</source>
        <translation>Тексерілетін сипаттамалар, жинақтылық, іріктеп бақылау жоспары және мерзімді сынақтар</translation>
    </message>
    <message>
        <source>Control-list item {code}</source>
        <translation>Тізбе позициясы {code}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Choose the contract.</source>
        <translation>Шартты таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Find an item…</source>
        <translation>Позицияны іздеу…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өңдеу</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation>Жазба қосу (Ctrl+N)</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>Табылғаны: {n}</translation>
    </message>
    <message>
        <source>not searched in a list this long (type at least 3 letters): {words}</source>
        <translation>мұндай ұзын тізімде ізделмейді (кемінде 3 әріп енгізіңіз): {words}</translation>
    </message>
    <message>
        <source>{n} in total</source>
        <translation>Барлығы: {n}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>milrep — unlock</source>
        <translation>milrep — құлыпты ашу</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>Жұмыс орны құлыпталған</translation>
    </message>
    <message>
        <source>Open the office database</source>
        <translation>Дерекқорға кіру</translation>
    </message>
    <message>
        <source>The database is encrypted. Enter your password to continue where you left off.</source>
        <translation>Дерекқор шифрланған. Жұмысты тоқтаған жерден жалғастыру үшін құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>The database and its key file are encrypted: open them with your user name and password, or with the office&apos;s recovery code.</source>
        <translation>Дерекқор мен оның кілттер файлы шифрланған: оларды пайдаланушы аты мен құпиясөз арқылы немесе әскери өкілдіктің қалпына келтіру кодымен ашыңыз.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Forgot the password? Use the recovery code</source>
        <translation>Құпиясөз ұмытылды ма? Қалпына келтіру коды</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Құлпын ашу</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Пайдаланушы аты мен құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Unlocking the database…</source>
        <translation>Дерекқор ашылуда…</translation>
    </message>
    <message>
        <source>The new password of {user} is set. Sign in with it now.</source>
        <translation>{user} пайдаланушысының жаңа құпиясөзі орнатылды. Енді осы құпиясөзбен кіріңіз.</translation>
    </message>
    <message>
        <source>Open office database</source>
        <translation>Әскери өкілдіктің дерекқорын ашу</translation>
    </message>
    <message>
        <source>milrep databases (*.milrep);;All files (*)</source>
        <translation>milrep дерекқорлары (*.milrep);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>LotUnitsDialog</name>
    <message>
        <source>Lot {number}</source>
        <translation>{number} партиясы</translation>
    </message>
    <message>
        <source>{item} · lot {number}</source>
        <translation>{item} · {number} партиясы</translation>
    </message>
    <message>
        <source>{n} units with serial numbers</source>
        <translation>Зауыттық нөмірлері бар бірліктер: {n}</translation>
    </message>
    <message>
        <source>Registered by quantity: no serial numbers.</source>
        <translation>Саны бойынша тіркелген: зауыттық нөмірлер жоқ.</translation>
    </message>
</context>
<context>
    <name>LotsView</name>
    <message>
        <source>Lots</source>
        <translation>Партиялар</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Барлық позициялар</translation>
    </message>
    <message>
        <source>Register lot</source>
        <translation>Партияны тіркеу</translation>
    </message>
    <message>
        <source>Register a lot with its serial numbers (Ctrl+N)</source>
        <translation>Партияны зауыттық нөмірлерімен тіркеу (Ctrl+N)</translation>
    </message>
    <message>
        <source>No lot matches</source>
        <translation>Партиялар табылмады</translation>
    </message>
    <message>
        <source>Try another lot number or all items.</source>
        <translation>Басқа партия нөмірін енгізіңіз немесе барлық позицияларды таңдаңыз.</translation>
    </message>
    <message>
        <source>No lots yet</source>
        <translation>Әзірге партиялар жоқ</translation>
    </message>
    <message>
        <source>Register the lots the plant makes under a control-list item, with their serial numbers, before they are presented.</source>
        <translation>Кәсіпорын тізбе позициясы бойынша дайындайтын партияларды ұсынылғанға дейін зауыттық нөмірлерімен тіркеңіз.</translation>
    </message>
    <message>
        <source>Register a lot</source>
        <translation>Партияны тіркеу</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>milrep — office {code}</source>
        <translation>milrep — әскери өкілдік {code}</translation>
    </message>
    <message>
        <source>{area} (Ctrl+{n})</source>
        <translation>{area} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Office {code}</source>
        <translation>Әскери өкілдік {code}</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>Office {code}: {name}</source>
        <translation>Әскери өкілдік {code}: {name}</translation>
    </message>
    <message>
        <source>Workstation {code} ({name})</source>
        <translation>Жұмыс орны {code} ({name})</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Шифрланған</translation>
    </message>
    <message>
        <source>Encrypted (SQLCipher): {path}</source>
        <translation>Шифрланған (SQLCipher): {path}</translation>
    </message>
    <message>
        <source>{n} failed sign-in attempts since your last sign-in.</source>
        <translation>Соңғы кіруіңізден бері сәтсіз кіру әрекеттері: {n}.</translation>
    </message>
    <message>
        <source>The last one: {when}.</source>
        <translation>Соңғысы: {when}.</translation>
    </message>
    <message>
        <source>If it was not you, tell the head of office.</source>
        <translation>Егер бұл сіз болмасаңыз, әскери өкілдіктің бастығына хабарлаңыз.</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Сәтсіз кіру әрекеттері</translation>
    </message>
</context>
<context>
    <name>NonconformitiesView</name>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылған</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Сыни</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Елеулі</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Елеусіз</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Сәйкессіздіктер</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Ашық және жабылған</translation>
    </message>
    <message>
        <source>Work on it</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <source>Raise…</source>
        <translation>Тіркеу…</translation>
    </message>
    <message>
        <source>Disposition…</source>
        <translation>Шешім…</translation>
    </message>
    <message>
        <source>Corrective action…</source>
        <translation>Түзету әрекеті…</translation>
    </message>
    <message>
        <source>Verify effect…</source>
        <translation>Нәтижелілігін тексеру…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Қайта ашу</translation>
    </message>
    <message>
        <source>No nonconformity matches</source>
        <translation>Сәйкессіздіктер табылмады</translation>
    </message>
    <message>
        <source>Try fewer words or another status.</source>
        <translation>Сұрауды қысқартыңыз немесе басқа мәртебені таңдаңыз.</translation>
    </message>
    <message>
        <source>No nonconformities</source>
        <translation>Сәйкессіздіктер жоқ</translation>
    </message>
    <message>
        <source>Nonconformities are raised from failed characteristics of an inspection, or here by hand.</source>
        <translation>Сәйкессіздіктер бақылау кезінде сәйкес келмеген сипаттамалар бойынша немесе осы жерде қолмен тіркеледі.</translation>
    </message>
    <message>
        <source>Raise a nonconformity</source>
        <translation>Сәйкессіздікті тіркеу</translation>
    </message>
</context>
<context>
    <name>OpenInspection</name>
    <message>
        <source>Open the inspection of notice {number}</source>
        <translation>{number} хабарламасы бойынша бақылауды ашу</translation>
    </message>
    <message>
        <source>Notice {number} of {date}: quantity {qty}, {attempt}.</source>
        <translation>{date} күнгі {number} хабарлама: саны {qty}, {attempt}.</translation>
    </message>
    <message>
        <source>Kind of inspection</source>
        <translation>Бақылау түрі</translation>
    </message>
    <message>
        <source>Re-test</source>
        <translation>Қайта тексеру</translation>
    </message>
    <message>
        <source>Re-test only what failed at the last return</source>
        <translation>Соңғы қайтаруда сәйкес келмегенді ғана қайта тексеру</translation>
    </message>
    <message>
        <source>Open inspection</source>
        <translation>Бақылауды ашу</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>Opinion on the test results</source>
        <translation>Сынақ нәтижелері бойынша қорытынды</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Тұжырым</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Қол қою…</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Working</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Күте тұрыңыз…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>— (dd.mm.yyyy)</source>
        <translation>— (кк.аа.жжжж)</translation>
    </message>
    <message>
        <source>Type the date as dd.mm.yyyy or pick it on the calendar; Delete leaves it empty.</source>
        <translation>Күнді кк.аа.жжжж пішімінде енгізіңіз немесе күнтізбеден таңдаңыз; Delete пернесі өрісті бос қалдырады.</translation>
    </message>
    <message>
        <source>Pick on the calendar</source>
        <translation>Күнтізбеден таңдау</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Күні жоқ</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as dd.mm.yyyy, e.g. 31.12.2026, or leave the field empty.</source>
        <translation>«{text}» — күн емес: оны кк.аа.жжжж пішімінде енгізіңіз, мысалы 31.12.2026, немесе өрісті бос қалдырыңыз.</translation>
    </message>
</context>
<context>
    <name>OrganizationChoice</name>
    <message>
        <source>New…</source>
        <translation>Жаңа…</translation>
    </message>
    <message>
        <source>Add an organization and choose it here</source>
        <translation>Ұйымды қосып, оны осы жерде таңдау</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>New organization</source>
        <translation>Жаңа ұйым</translation>
    </message>
    <message>
        <source>Organization {name}</source>
        <translation>Ұйым: {name}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>The contractor executes the state defense order; its 12-digit business identification number (BIN) is required.</source>
        <translation>МҚТ орындаушысы мемлекеттік қорғаныс тапсырысын орындайды; оның 12 таңбалы бизнес-сәйкестендіру нөмірі (БСН) міндетті.</translation>
    </message>
    <message>
        <source>A recipient (a military unit or state body) receives the goods on the basis of the office&apos;s quality certificate. BIN if known.</source>
        <translation>МҚТ алушысы (әскери бөлім немесе мемлекеттік орган) өнімді әскери өкілдіктің сапаны растайтын куәлігі негізінде алады. БСН — белгілі болса.</translation>
    </message>
    <message>
        <source>The authorized body (e.g. the Ministry of Defense) places the order and approves control lists. BIN if known.</source>
        <translation>Уәкілетті орган (мысалы, Қорғаныс министрлігі) тапсырысты орналастырады және тізбелерді бекітеді. БСН — белгілі болса.</translation>
    </message>
</context>
<context>
    <name>Organizations</name>
    <message>
        <source>Contractor</source>
        <translation>МҚТ орындаушысы</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>МҚТ алушысы</translation>
    </message>
    <message>
        <source>Authorized body</source>
        <translation>Уәкілетті орган</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <source>Organizations</source>
        <translation>Ұйымдар</translation>
    </message>
    <message>
        <source>Search name, BIN, address (Ctrl+F)</source>
        <translation>Атауы, БСН, мекенжайы бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Барлық түрлері</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Add an organization (Ctrl+N)</source>
        <translation>Ұйым қосу (Ctrl+N)</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{total} ішінен {n}</translation>
    </message>
    <message>
        <source>{n} in total</source>
        <translation>Барлығы: {n}</translation>
    </message>
    <message>
        <source>No organization matches</source>
        <translation>Ұйымдар табылмады</translation>
    </message>
    <message>
        <source>Try fewer words or another kind.</source>
        <translation>Сұрауды қысқартыңыз немесе басқа түрін таңдаңыз.</translation>
    </message>
    <message>
        <source>No organizations yet</source>
        <translation>Әзірге ұйымдар жоқ</translation>
    </message>
    <message>
        <source>Add the contractor (the plant, with its BIN), the authorized body and the recipients: every contract names them.</source>
        <translation>МҚТ орындаушысын (кәсіпорынды, оның БСН-імен), уәкілетті органды және МҚТ алушыларын қосыңыз: олар әр шартта көрсетіледі.</translation>
    </message>
    <message>
        <source>Add the first organization</source>
        <translation>Бірінші ұйымды қосу</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өңдеу</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
</context>
<context>
    <name>PasswordFeedback</name>
    <message>
        <source>At least 10 characters, letters and digits, not containing the user name.</source>
        <translation>Кемінде 10 таңба, әріптер мен цифрлар; пайдаланушы аты болмауы тиіс.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Енгізілген мәндер сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The password meets the office&apos;s rules.</source>
        <translation>Құпиясөз әскери өкілдіктің ережелеріне сәйкес келеді.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Page {n}…</source>
        <translation>{n}-бет…</translation>
    </message>
    <message>
        <source>{title} — print preview</source>
        <translation>{title} — басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Print on paper (Ctrl+P)</source>
        <translation>Қағазға басып шығару (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation>Құжатты PDF файлы ретінде сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Бірінші бет</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Соңғы бет</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Кішірейту (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Үлкейту (Ctrl++)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Бет толығымен</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Құжат оқылуда…</translation>
    </message>
    <message>
        <source>This document has no pages to show.</source>
        <translation>Бұл құжатта көрсетілетін беттер жоқ.</translation>
    </message>
    <message>
        <source>Page {n} could not be drawn.</source>
        <translation>{n}-бетті бейнелеу мүмкін болмады.</translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation>/ {n}</translation>
    </message>
    <message>
        <source>Pages: {n} · paper {paper}</source>
        <translation>Беттер: {n} · қағаз {paper}</translation>
    </message>
    <message>
        <source>drawing the pages…</source>
        <translation>беттер бейнеленуде…</translation>
    </message>
    <message>
        <source>Sent to {printer}. Pages: {n}.</source>
        <translation>{printer} құрылғысына жіберілді. Беттер: {n}.</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Сақталды: {path}.</translation>
    </message>
</context>
<context>
    <name>PrintRun</name>
    <message>
        <source>Preparing “{title}”…</source>
        <translation>«{title}» дайындалуда…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>Осы беттен кейін тоқтатылуда…</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Бет {page} / {pages}</translation>
    </message>
    <message>
        <source>Document {n} of {total}, page {page} of {pages}</source>
        <translation>Құжат {n} / {total}, бет {page} / {pages}</translation>
    </message>
    <message>
        <source>Printing “{title}”</source>
        <translation>«{title}» басып шығарылуда</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Басып шығару тоқтатылды.</translation>
    </message>
    <message>
        <source>Not printed:</source>
        <translation>Басып шығарылмады:</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {pages}. Documents printed in full: {printed} of {total}.</source>
        <translation>Принтерге жіберілген беттер: {pages}. Толық басып шығарылған құжаттар: {printed} / {total}.</translation>
    </message>
    <message>
        <source>“{title}” was stopped part-way.</source>
        <translation>«{title}» басып шығару жартылай тоқтатылды.</translation>
    </message>
    <message>
        <source>the document could not be prepared (see the log)</source>
        <translation>құжатты дайындау мүмкін болмады (журналды қараңыз)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The document cannot be read: it is not a valid PDF ({reason}).</source>
        <translation>Құжатты оқу мүмкін емес: ол жарамды PDF емес ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} could not be written. Check that the folder exists, that you may write in it and that the disk is not full.</source>
        <translation>{path} файлын жазу мүмкін болмады. Қалтаның бар екенін, оған жазу құқығыңыз бар екенін және диск толы емес екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>принтер</translation>
    </message>
    <message>
        <source>Printing could not start on {printer}. Check that it is switched on and connected, or choose another printer.</source>
        <translation>{printer} құрылғысында басып шығаруды бастау мүмкін болмады. Оның қосулы және жалғанған екенін тексеріңіз немесе басқа принтерді таңдаңыз.</translation>
    </message>
    <message>
        <source>{printer} stopped accepting pages. Check the printer (paper, toner, cable) and print again.</source>
        <translation>{printer} беттерді қабылдауды тоқтатты. Принтерді (қағаз, тонер, кабель) тексеріп, қайта басып шығарыңыз.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>{name} сақталуда…</translation>
    </message>
</context>
<context>
    <name>QualityBlock</name>
    <message>
        <source>Suspensions and quality</source>
        <translation>Тоқтата тұрулар және сапа</translation>
    </message>
    <message>
        <source>Suspensions in force</source>
        <translation>Күшіндегі тоқтата тұрулар</translation>
    </message>
    <message>
        <source>Periodic tests due</source>
        <translation>Мерзімі жеткен мерзімді сынақтар</translation>
    </message>
    <message>
        <source>Open nonconformities</source>
        <translation>Ашық сәйкессіздіктер</translation>
    </message>
    <message>
        <source>Overdue quality decisions</source>
        <translation>Мерзімі өткен сапа жөніндегі шешімдер</translation>
    </message>
    <message>
        <source>Periodic tests due ({n} overdue)</source>
        <translation>Мерзімі жеткен мерзімді сынақтар (мерзімі өткені: {n})</translation>
    </message>
    <message>
        <source>Suspension {number} in force since {date}: {what}</source>
        <translation>{number} тоқтата тұру {date} бастап күшінде: {what}</translation>
    </message>
    <message>
        <source>Periodic test of {item} ({contract}) is due</source>
        <translation>Мерзімді сынақтың мерзімі жетті: {item} ({contract})</translation>
    </message>
    <message>
        <source>Periodic test of {item} ({contract}) overdue since {date}</source>
        <translation>{item} ({contract}) мерзімді сынағының мерзімі {date} бастап өтіп кеткен</translation>
    </message>
    <message>
        <source>Periodic test of {item} ({contract}) due on {date}</source>
        <translation>{item} ({contract}) мерзімді сынағының мерзімі — {date}</translation>
    </message>
    <message>
        <source>Decision &quot;{title}&quot; ({owner}) overdue since {date}</source>
        <translation>«{title}» шешімі ({owner}) {date} бастап мерзімі өткен</translation>
    </message>
</context>
<context>
    <name>QualityForms</name>
    <message>
        <source>The document was not signed.</source>
        <translation>Құжатқа қол қойылмады.</translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <source>Quality</source>
        <translation>Сапа</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Сәйкессіздіктер</translation>
    </message>
    <message>
        <source>Decisions and storage checks</source>
        <translation>Шешімдер және сақтауды тексеру</translation>
    </message>
</context>
<context>
    <name>RaiseDialog</name>
    <message>
        <source>Raise a nonconformity</source>
        <translation>Сәйкессіздікті тіркеу</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>The item as a whole</source>
        <translation>Позиция толығымен</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>Тіркеу</translation>
    </message>
</context>
<context>
    <name>RecordResultDialog</name>
    <message>
        <source>Record the test result</source>
        <translation>Сынақ нәтижесін жазу</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>What passed or failed, per test</source>
        <translation>Әр сынақ бойынша не өтті, не өтпеді</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Protocol No.</source>
        <translation>Хаттама №</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазу</translation>
    </message>
</context>
<context>
    <name>RecoverPassword</name>
    <message>
        <source>Recover an account</source>
        <translation>Тіркелгіге қолжетімділікті қалпына келтіру</translation>
    </message>
    <message>
        <source>Take the sealed envelope with the recovery code printed when the office database was created. The code sets a new password for one account and enables it again; the audit journal records that the recovery code was used.</source>
        <translation>Әскери өкілдіктің дерекқоры құрылған кезде басып шығарылған қалпына келтіру коды салынған желімделген конвертті алыңыз. Код бір тіркелгіге жаңа құпиясөз орнатып, оны қайта қосады; қалпына келтіру кодының пайдаланылғаны аудит журналында тіркеледі.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Қалпына келтіру коды</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Жаңа құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Жаңа құпиясөзді орнату</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>Жаңа құпиясөз орнатылуда…</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation>Қалпына келтіру кодын PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RegisterLotDialog</name>
    <message>
        <source>Register a lot</source>
        <translation>Партияны тіркеу</translation>
    </message>
    <message>
        <source>e.g. L-2026-004</source>
        <translation>мысалы, L-2026-004</translation>
    </message>
    <message>
        <source>One serial number per line (paste from the plant&apos;s list)</source>
        <translation>Әр жолда бір зауыттық нөмір (кәсіпорынның тізімінен қойыңыз)</translation>
    </message>
    <message>
        <source>by the serials</source>
        <translation>зауыттық нөмірлер бойынша</translation>
    </message>
    <message>
        <source>Marking on every unit, e.g. ВП 17</source>
        <translation>Әр бірліктегі таңбалау, мысалы ВП 17</translation>
    </message>
    <message>
        <source>Control-list item</source>
        <translation>Тізбе позициясы</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Партияның нөмірі</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Зауыттық нөмірлер</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Manufactured on</source>
        <translation>Дайындалған күні</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Таңбалау</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>{n} serial numbers</source>
        <translation>Зауыттық нөмірлер: {n}</translation>
    </message>
    <message>
        <source>No serial numbers: enter the quantity instead.</source>
        <translation>Зауыттық нөмірлер жоқ: олардың орнына санын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Choose the control-list item.</source>
        <translation>Тізбе позициясын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>RegisterPresentation</name>
    <message>
        <source>Register a notice of presentation</source>
        <translation>Ұсыну туралы хабарламаны тіркеу</translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation>Хабарламаның нөмірі</translation>
    </message>
    <message>
        <source>Presented on</source>
        <translation>Ұсынылған күні</translation>
    </message>
    <message>
        <source>Control-list item</source>
        <translation>Тізбе позициясы</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Quantity presented</source>
        <translation>Ұсынылған саны</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Зауыттық нөмірлер</translation>
    </message>
    <message>
        <source>OTK reference</source>
        <translation>ТББ құжаты</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>empty: every unit not accepted yet</source>
        <translation>бос болса — әлі қабылданбаған барлық бірліктер</translation>
    </message>
    <message>
        <source>Only when part of the lot is presented: the serials, one per line or separated by commas. Empty: the whole lot.</source>
        <translation>Партияның бір бөлігі ұсынылғанда ғана: зауыттық нөмірлер, әр жолда біреуден немесе үтір арқылы. Бос болса — бүкіл партия.</translation>
    </message>
    <message>
        <source>e.g. OTK certificate No. 311/2026</source>
        <translation>мысалы, ТББ куәлігі № 311/2026</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>{number} (not accepted yet: {n})</source>
        <translation>{number} (әлі қабылданбаған: {n})</translation>
    </message>
    <message>
        <source>Not accepted yet: {n} of {total}, serials {first} … {last}.</source>
        <translation>Әлі қабылданбаған: {total} ішінен {n}, зауыттық нөмірлер {first} … {last}.</translation>
    </message>
    <message>
        <source>Not accepted yet: {n} of {total}; the lot has no serial numbers.</source>
        <translation>Әлі қабылданбаған: {total} ішінен {n}; партияда зауыттық нөмірлер жоқ.</translation>
    </message>
</context>
<context>
    <name>RegisterTestDialog</name>
    <message>
        <source>Repeat test</source>
        <translation>Қайталама сынақ</translation>
    </message>
    <message>
        <source>Register a test</source>
        <translation>Сынақты тіркеу</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Empty: the programme from the item&apos;s requirements</source>
        <translation>Бос болса — позиция талаптарындағы бағдарлама</translation>
    </message>
    <message>
        <source>Not a repeat</source>
        <translation>Қайталама емес</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Сынақ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Басталған күні</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Қайталайды</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Choose the control-list item.</source>
        <translation>Тізбе позициясын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>Critical</source>
        <translation>Сыни</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Елеулі</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Елеусіз</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Өлшенетін</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Балама белгі бойынша</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Номинал</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Төменгі</translation>
    </message>
    <message>
        <source>Upper</source>
        <translation>Жоғарғы</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Әдісі</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Құжатқа сілтеме</translation>
    </message>
    <message>
        <source>Deactivated: no longer checked on new inspections.</source>
        <translation>Қолданыстан шығарылған: жаңа бақылауларда енді тексерілмейді.</translation>
    </message>
    <message>
        <source>Allowed answers: {answers}</source>
        <translation>Рұқсат етілген жауаптар: {answers}</translation>
    </message>
    <message>
        <source>Pass / fail</source>
        <translation>Жарамды / жарамсыз</translation>
    </message>
    <message>
        <source>{name} (deactivated)</source>
        <translation>{name} (қолданыстан шығарылған)</translation>
    </message>
    <message>
        <source>Part of the set</source>
        <translation>Жинақтың құрамдас бөлігі</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <source>Requirements — {item}</source>
        <translation>Талаптар — {item}</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Талаптар</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>Сипаттамалар</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Жинақтылық</translation>
    </message>
    <message>
        <source>Sampling and tests</source>
        <translation>Іріктеме және сынақтар</translation>
    </message>
    <message>
        <source>Add characteristic</source>
        <translation>Сипаттама қосу</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өңдеу</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Қолданыстан шығару</translation>
    </message>
    <message>
        <source>Stop checking it on new inspections (it is kept: inspections already opened refer to it)</source>
        <translation>Жаңа бақылауларда тексермеу (сипаттама сақталады: бұрын ашылған бақылаулар оған сілтеме жасайды)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Төмен жылжыту</translation>
    </message>
    <message>
        <source>What the representative checks on every sample unit, in this order. Inspections copy the list when they are opened; later edits never change them.</source>
        <translation>Әскери өкіл іріктеменің әр бірлігінде осы ретпен тексеретін нәрселер. Бақылау ашылғанда тізім оған көшіріледі; кейінгі өзгерістер оларды ешқашан өзгертпейді.</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Құрамдас бөлік қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>What a complete set of the item contains; checked at every inspection.</source>
        <translation>Позицияның толық жинағының құрамы; әр бақылауда тексеріледі.</translation>
    </message>
    <message>
        <source>Deactivate characteristic</source>
        <translation>Сипаттаманы қолданыстан шығару</translation>
    </message>
    <message>
        <source>Stop checking &quot;{name}&quot; on new inspections? Inspections already opened keep it.</source>
        <translation>Жаңа бақылауларда «{name}» бұдан былай тексерілмесін бе? Бұрын ашылған бақылауларда ол сақталады.</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>Құрамдас бөлікті жою</translation>
    </message>
    <message>
        <source>Remove &quot;{name}&quot; from the completeness list? Inspections already opened keep their copy.</source>
        <translation>«{name}» жинақтылық тізімінен жойылсын ба? Бұрын ашылған бақылауларда олардың көшірмесі сақталады.</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume acceptance and shipment</source>
        <translation>Қабылдау мен жөнелтуді қайта бастау</translation>
    </message>
    <message>
        <source>What the plant did and how its effect was verified</source>
        <translation>Кәсіпорын не істеді және оның нәтижелілігі қалай тексерілді</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Автоматты түрде табылды</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Түзету әрекеттері</translation>
    </message>
    <message>
        <source>Positive repeat test</source>
        <translation>Оң нәтижелі қайталама сынақ</translation>
    </message>
    <message>
        <source>Before resuming</source>
        <translation>Қайта бастау алдында</translation>
    </message>
    <message>
        <source>Sign resumption…</source>
        <translation>Қайта бастауға қол қою…</translation>
    </message>
    <message>
        <source>Corrective actions described</source>
        <translation>Түзету әрекеттері сипатталды</translation>
    </message>
    <message>
        <source>Nonconformities closed</source>
        <translation>Сәйкессіздіктер жабылды</translation>
    </message>
    <message>
        <source>Positive repeat of {test}</source>
        <translation>{test}: оң нәтижелі қайталама</translation>
    </message>
    <message>
        <source>Resumption of acceptance and shipment stopped by suspension {number}.
Corrective actions: {actions}</source>
        <translation>{number} тоқтата тұрумен тоқтатылған қабылдау мен жөнелтуді қайта бастау.
Түзету әрекеттері: {actions}</translation>
    </message>
</context>
<context>
    <name>SamplingPlanPage</name>
    <message>
        <source>100 % inspection (every unit)</source>
        <translation>Тұтас бақылау (әр бірлік)</translation>
    </message>
    <message>
        <source>Fixed sample size</source>
        <translation>Тіркелген іріктеме көлемі</translation>
    </message>
    <message>
        <source>ISO 2859-1 single sampling</source>
        <translation>ISO 2859-1 бойынша бір сатылы іріктеп бақылау</translation>
    </message>
    <message>
        <source>Special {level}</source>
        <translation>Арнайы {level}</translation>
    </message>
    <message>
        <source>General {level}</source>
        <translation>Жалпы {level}</translation>
    </message>
    <message>
        <source>Lot of {lot} → code letter {letter}: inspect all {n}, Ac {ac} Re {re}</source>
        <translation>{lot} партиясы → {letter} код әрпі: барлық {n} бақылау, Ac {ac} Re {re}</translation>
    </message>
    <message>
        <source>Lot of {lot} → code letter {letter}, sample {n}, Ac {ac} Re {re}</source>
        <translation>{lot} партиясы → {letter} код әрпі, іріктеме {n}, Ac {ac} Re {re}</translation>
    </message>
    <message>
        <source>(Table I gives {table}; the table&apos;s arrow leads to {letter})</source>
        <translation>(I кесте бойынша — {table}; кестедегі көрсеткі {letter} әрпіне апарады)</translation>
    </message>
    <message>
        <source>Sampling plan</source>
        <translation>Іріктеп бақылау жоспары</translation>
    </message>
    <message>
        <source>Returns and periodic tests</source>
        <translation>Қайтарулар және мерзімді сынақтар</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Іріктеме</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Іріктеме көлемі</translation>
    </message>
    <message>
        <source>Inspection level</source>
        <translation>Бақылау деңгейі</translation>
    </message>
    <message>
        <source>AQL, major defects</source>
        <translation>AQL, елеулі ақаулар</translation>
    </message>
    <message>
        <source>AQL, minor defects</source>
        <translation>AQL, елеусіз ақаулар</translation>
    </message>
    <message>
        <source>Suspension proposed after</source>
        <translation>Тоқтата тұру ұсынылады:</translation>
    </message>
    <message>
        <source>Periodic test every</source>
        <translation>Мерзімді сынақ:</translation>
    </message>
    <message>
        <source>…or every</source>
        <translation>…немесе</translation>
    </message>
    <message>
        <source>Periodic-test programme</source>
        <translation>Мерзімді сынақтар бағдарламасы</translation>
    </message>
    <message>
        <source>Acceptance-test programme</source>
        <translation>Қабылдау-тапсыру сынақтарының бағдарламасы</translation>
    </message>
    <message>
        <source>What it means for a lot of</source>
        <translation>Мына көлемдегі партия үшін мағынасы:</translation>
    </message>
    <message>
        <source> returns in a row</source>
        <translation> рет қатарынан қайтарудан кейін</translation>
    </message>
    <message>
        <source> months</source>
        <translation> ай сайын</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>кезеңділіксіз</translation>
    </message>
    <message>
        <source> accepted lots</source>
        <translation> қабылданған партия сайын</translation>
    </message>
    <message>
        <source>not by lots</source>
        <translation>партия бойынша емес</translation>
    </message>
    <message>
        <source> units</source>
        <translation> бірлік</translation>
    </message>
    <message>
        <source>e.g. PI programme 6574-012 PM</source>
        <translation>мысалы, МС бағдарламасы 6574-012 ПМ</translation>
    </message>
    <message>
        <source>Save sampling and tests</source>
        <translation>Іріктеме мен сынақтарды сақтау</translation>
    </message>
    <message>
        <source>Not set yet: until it is saved, inspections check every unit, a suspension is proposed after 2 returns in a row, and no periodic test is due.</source>
        <translation>Әлі берілмеген: сақталғанға дейін бақылауда әр бірлік тексеріледі, қатарынан 2 қайтарудан кейін тоқтата тұру ұсынылады, ал мерзімді сынақтар тағайындалмайды.</translation>
    </message>
    <message>
        <source>Lot of {lot} → every unit is inspected; any nonconforming unit is a defect of the lot.</source>
        <translation>{lot} партиясы → әр бірлік бақыланады; кез келген сәйкес келмейтін бірлік — партияның ақауы.</translation>
    </message>
    <message>
        <source>Lot of {lot} → sample {n} units.</source>
        <translation>{lot} партиясы → іріктеме {n} бірлік.</translation>
    </message>
    <message>
        <source>Major (AQL {aql}): {plan}</source>
        <translation>Елеулі (AQL {aql}): {plan}</translation>
    </message>
    <message>
        <source>Minor (AQL {aql}): {plan}</source>
        <translation>Елеусіз (AQL {aql}): {plan}</translation>
    </message>
    <message>
        <source>Critical: any one defect rejects the lot (Ac 0). Normal inspection shown; the switching rules tighten or reduce it from the inspection history.</source>
        <translation>Сыни: кез келген бір ақау партияны жарамсыз етеді (Ac 0). Қалыпты бақылау көрсетілген; ауысу ережелері бақылау тарихы бойынша оны күшейтеді немесе жеңілдетеді.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Осы дерекқор</translation>
    </message>
    <message>
        <source>Default database location</source>
        <translation>Дерекқордың әдепкі орны</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Құпиясөзімді өзгерту…</translation>
    </message>
    <message>
        <source>Verify the journal…</source>
        <translation>Журналды тексеру…</translation>
    </message>
    <message>
        <source>The language changes at once; open forms keep what you typed. The database and its key file (.keys) must stay together: back up both.</source>
        <translation>Тіл бірден ауысады; ашық нысандарда енгізілген деректер сақталады. Дерекқор мен оның кілттер файлы (.keys) бірге тұруы тиіс: екеуінің де сақтық көшірмесін жасаңыз.</translation>
    </message>
    <message>
        <source>Checked {n} entries…</source>
        <translation>Тексерілген жазбалар: {n}…</translation>
    </message>
    <message>
        <source>Verifying the audit journal</source>
        <translation>Аудит журналы тексерілуде</translation>
    </message>
    <message>
        <source>The audit journal is intact: {n} entries, none edited, deleted or reordered.</source>
        <translation>Аудит журналы бүтін: {n} жазба, бірде-біреуі өзгертілмеген, жойылмаған және орны ауыстырылмаған.</translation>
    </message>
    <message>
        <source>The audit journal has been tampered with:
{lines}</source>
        <translation>Аудит журналына рұқсатсыз өзгеріс енгізілген:
{lines}</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign with your password</source>
        <translation>Құпиясөзбен қол қою</translation>
    </message>
    <message>
        <source>You are signing this document. The signature is stored with it and cannot be undone:</source>
        <translation>Сіз осы құжатқа қол қойып жатырсыз. Қолтаңба онымен бірге сақталады және оны болдырмау мүмкін емес:</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Қолтаңбаның мәні</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Құпиясөзіңіз</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <source>Type your password to sign.</source>
        <translation>Қол қою үшін құпиясөзіңізді енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>StorageCheckDialog</name>
    <message>
        <source>Storage check</source>
        <translation>Сақтау жағдайларын тексеру</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Storage conditions are met</source>
        <translation>Сақтау жағдайлары сақталған</translation>
    </message>
    <message>
        <source>Accepted lot</source>
        <translation>Қабылданған партия</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Тексерілген күні</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Анықталғаны</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <source>Choose the lot.</source>
        <translation>Партияны таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>StorageChecksModel</name>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Тексерілген күні</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Жағдайлар</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Анықталғаны</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Сақталған</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Сақталмаған</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <source>Suspend acceptance and shipment</source>
        <translation>Қабылдау мен жөнелтуді тоқтата тұру</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Аясы</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>Item or work</source>
        <translation>Позиция немесе жұмыс</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Covers lots made since</source>
        <translation>Мына күннен бастап дайындалған партияларға қолданылады</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Use this proposal</source>
        <translation>Осы ұсынысты пайдалану</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Қол қою…</translation>
    </message>
    <message>
        <source>Name the law&apos;s ground and what is suspended. Acceptance, shipment and certification in this scope stop until a resumption decision.</source>
        <translation>Заң бойынша негіздемені және не тоқтатыла тұратынын көрсетіңіз. Осы аяда қабылдау, жөнелту және куәліктер беру қайта бастау туралы шешімге дейін тоқтатылады.</translation>
    </message>
    <message>
        <source>none registered yet</source>
        <translation>әзірге тіркелмеген</translation>
    </message>
    <message>
        <source>Proposed suspension of &quot;{item}&quot; — check it and sign. Lots it covers so far: {lots}.</source>
        <translation>«{item}» бойынша ұсынылған тоқтата тұру — тексеріп, қол қойыңыз. Қазіргі кезде қамтылатын партиялар: {lots}.</translation>
    </message>
</context>
<context>
    <name>SuspensionsView</name>
    <message>
        <source>In force</source>
        <translation>Күшінде</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Қайта басталды</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Тоқтата тұрулар</translation>
    </message>
    <message>
        <source>In force and resumed</source>
        <translation>Күшіндегі және қайта басталғандар</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Қайта бастау…</translation>
    </message>
    <message>
        <source>The head of office&apos;s resumption decision (Article 27.4.8)</source>
        <translation>Әскери өкілдік бастығының қайта бастау туралы шешімі (27-баптың 4-тармағының 8-тармақшасы)</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Тоқтата тұру…</translation>
    </message>
    <message>
        <source>No suspension matches</source>
        <translation>Тоқтата тұрулар табылмады</translation>
    </message>
    <message>
        <source>Try fewer words or another state.</source>
        <translation>Сұрауды қысқартыңыз немесе басқа күйді таңдаңыз.</translation>
    </message>
    <message>
        <source>No suspensions</source>
        <translation>Тоқтата тұрулар жоқ</translation>
    </message>
    <message>
        <source>Acceptance and shipment go on. A negative periodic test or repeated returns propose a suspension for signing.</source>
        <translation>Қабылдау мен жөнелту жалғасуда. Мерзімді сынақтың теріс нәтижесі немесе қайталанған қайтарулар кезінде қол қоюға тоқтата тұру ұсынылады.</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>{lot} партиясы</translation>
    </message>
    <message>
        <source>Suspension {number} of {date}, signed by {who}</source>
        <translation>{date} күнгі {number} тоқтата тұру, қол қойған: {who}</translation>
    </message>
    <message>
        <source>Ground: {ground}</source>
        <translation>Негіздеме: {ground}</translation>
    </message>
    <message>
        <source>Scope: {scope} — {target}</source>
        <translation>Аясы: {scope} — {target}</translation>
    </message>
    <message>
        <source>Covers lots made since {date}</source>
        <translation>{date} бастап дайындалған партияларға қолданылады</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Себебі: {reason}</translation>
    </message>
    <message>
        <source>Resumed by decision {number} of {date}: {actions}</source>
        <translation>{date} күнгі {number} шешіммен қайта басталды: {actions}</translation>
    </message>
    <message>
        <source>Suspension {number}</source>
        <translation>{number} тоқтата тұру</translation>
    </message>
</context>
<context>
    <name>TestsView</name>
    <message>
        <source>repeat</source>
        <translation>қайталама</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Сынақтар</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Барлық нәтиже</translation>
    </message>
    <message>
        <source>Due…</source>
        <translation>Кесте…</translation>
    </message>
    <message>
        <source>Periodic tests due by the schedule</source>
        <translation>Кесте бойынша мерзімі жеткен мерзімді сынақтар</translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation>Нәтиже…</translation>
    </message>
    <message>
        <source>Repeat…</source>
        <translation>Қайталау…</translation>
    </message>
    <message>
        <source>Opinion…</source>
        <translation>Қорытынды…</translation>
    </message>
    <message>
        <source>Propose suspension…</source>
        <translation>Тоқтата тұру…</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Тіркеу…</translation>
    </message>
    <message>
        <source>No test matches</source>
        <translation>Сынақтар табылмады</translation>
    </message>
    <message>
        <source>Try fewer words or another result.</source>
        <translation>Сұрауды қысқартыңыз немесе басқа нәтижені таңдаңыз.</translation>
    </message>
    <message>
        <source>No tests yet</source>
        <translation>Әзірге сынақтар жоқ</translation>
    </message>
    <message>
        <source>Register the periodic, qualification and type tests of goods the office takes part in, then record their protocols.</source>
        <translation>Әскери өкілдік қатысатын өнімнің мерзімді, біліктілік және типтік сынақтарын тіркеңіз, содан кейін олардың хаттамаларын жазыңыз.</translation>
    </message>
    <message>
        <source>Register a test</source>
        <translation>Сынақты тіркеу</translation>
    </message>
    <message>
        <source>Negative test</source>
        <translation>Сынақтың теріс нәтижесі</translation>
    </message>
    <message>
        <source>The periodic test is negative. Acceptance and shipment of the goods made since the last positive periodic test should be suspended. Review the proposed suspension now?</source>
        <translation>Мерзімді сынақтың нәтижесі теріс. Соңғы оң нәтижелі мерзімді сынақтан кейін дайындалған өнімді қабылдау мен жөнелтуді тоқтата тұру керек. Ұсынылған тоқтата тұруды қазір қарайсыз ба?</translation>
    </message>
    <message>
        <source>Periodic tests due</source>
        <translation>Мерзімі жеткен мерзімді сынақтар</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>Last positive</source>
        <translation>Соңғы оң нәтиже</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>registered, not completed</source>
        <translation>тіркелген, аяқталмаған</translation>
    </message>
    <message>
        <source>{n} lots since</source>
        <translation>содан бері партиялар: {n}</translation>
    </message>
    <message>
        <source>No periodic test is due.</source>
        <translation>Мерзімі жеткен мерзімді сынақтар жоқ.</translation>
    </message>
    <message>
        <source>{kind} of {item}</source>
        <translation>{kind}: {item}</translation>
    </message>
    <message>
        <source>Programme: {ref}</source>
        <translation>Бағдарлама: {ref}</translation>
    </message>
    <message>
        <source>Started on {date}</source>
        <translation>Басталды: {date}</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>Нәтиже: {result}</translation>
    </message>
    <message>
        <source>Protocol No. {protocol} of {date}: {summary}</source>
        <translation>{date} күнгі № {protocol} хаттама: {summary}</translation>
    </message>
    <message>
        <source>Opinion {number} issued</source>
        <translation>{number} қорытынды берілді</translation>
    </message>
</context>
<context>
    <name>TextStepDialog</name>
    <message>
        <source>Corrective action</source>
        <translation>Түзету әрекеті</translation>
    </message>
    <message>
        <source>Verification of effect</source>
        <translation>Нәтижелілігін тексеру</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Не істелді</translation>
    </message>
    <message>
        <source>How the effect was verified</source>
        <translation>Нәтижелілігі қалай тексерілді</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <source>Add user</source>
        <translation>Пайдаланушы қосу</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Әскери атағы</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <source>Edit user {user}</source>
        <translation>{user} пайдаланушысын өңдеу</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Құпиясөзді қайта орнату</translation>
    </message>
    <message>
        <source>New password for {name} ({user}). Tell it to them in person; they should change it at once.</source>
        <translation>{name} ({user}) үшін жаңа құпиясөз. Оны пайдаланушының өзіне жеке айтыңыз; ол құпиясөзді бірден өзгертуі тиіс.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Құпиясөзді өзгерту</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Ағымдағы құпиясөз</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Жаңа құпиясөзді қайталаңыз</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Full name</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Әскери атағы</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Тіркелгі</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Өшірілген</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Пайдаланушы қосу</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өңдеу</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Құпиясөзді қайта орнату</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Құпиясөзімді өзгерту…</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Тіркелгіні өшіру</translation>
    </message>
    <message>
        <source>Disable the account of {name} ({user})? The password will no longer open the database. You can enable it again by resetting the password.</source>
        <translation>{name} ({user}) тіркелгісі өшірілсін бе? Құпиясөз бұдан былай дерекқорды ашпайды. Құпиясөзді қайта орнату арқылы тіркелгіні қайта қосуға болады.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to milrep</source>
        <translation>milrep-ке қош келдіңіз</translation>
    </message>
    <message>
        <source>Quality control and acceptance for the military representative office. There is no office database on this computer yet ({path}).</source>
        <translation>Әскери өкілдіктің сапаны бақылау және қабылдау жүйесі. Бұл компьютерде дерекқор әлі жоқ ({path}).</translation>
    </message>
    <message>
        <source>Create the office database
Set up the office, this workstation and the head of office&apos;s account</source>
        <translation>Әскери өкілдіктің дерекқорын құру
Өкілдікті, жұмыс орнын, бастықтың тіркелгісін баптау</translation>
    </message>
    <message>
        <source>Open the demo
A fictional office with contracts to try things out</source>
        <translation>Демо нұсқаны ашу
Сынап көруге арналған ойдан шығарылған өкілдік</translation>
    </message>
    <message>
        <source>Open another file…
An office database copied from elsewhere</source>
        <translation>Басқа файлды ашу…
Басқа жерден көшірілген әскери өкілдік дерекқоры</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Fill in “{field}” to continue.</source>
        <translation>Жалғастыру үшін «{field}» өрісін толтырыңыз.</translation>
    </message>
    <message>
        <source>“{field}” is at most {n} characters long.</source>
        <translation>«{field}» өрісі {n} таңбадан аспауы тиіс.</translation>
    </message>
    <message>
        <source>Set up the office database</source>
        <translation>Әскери өкілдіктің дерекқорын баптау</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>Әскери өкілдік</translation>
    </message>
    <message>
        <source>The military representative office this workstation belongs to.</source>
        <translation>Осы жұмыс орны тиесілі әскери өкілдік.</translation>
    </message>
    <message>
        <source>Military representative office No. 17</source>
        <translation>№ 17 әскери өкілдік</translation>
    </message>
    <message>
        <source>Zhetysu Instrument Plant JSC</source>
        <translation>«Жетісу аспап жасау зауыты» АҚ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Әскери өкілдік коды</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Әскери өкілдік атауы</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Дерекқор файлы</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Осы жұмыс орны</translation>
    </message>
    <message>
        <source>Each computer of the office is a site; its code appears on everything it exchanges with the others.</source>
        <translation>Әскери өкілдіктің әр компьютері — жеке жұмыс орны; оның коды басқалармен алмасатын барлық деректерде көрсетіледі.</translation>
    </message>
    <message>
        <source>Head of office laptop</source>
        <translation>Әскери өкілдік бастығының ноутбугі</translation>
    </message>
    <message>
        <source>Workstation code</source>
        <translation>Жұмыс орнының коды</translation>
    </message>
    <message>
        <source>Workstation name</source>
        <translation>Жұмыс орнының атауы</translation>
    </message>
    <message>
        <source>Where to keep the office database</source>
        <translation>Әскери өкілдіктің дерекқорын қайда сақтау керек</translation>
    </message>
    <message>
        <source>milrep databases (*.milrep)</source>
        <translation>milrep дерекқорлары (*.milrep)</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Әскери өкілдіктің бастығы</translation>
    </message>
    <message>
        <source>Your own account. You will add the representatives and viewers later, under Users.</source>
        <translation>Сіздің жеке тіркелгіңіз. Әскери өкілдер мен қараушыларды кейінірек «Пайдаланушылар» бөлімінде қосасыз.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Құру</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Әскери атағы</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>Шифрланған дерекқор құрылуда…</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Қалпына келтіру коды</translation>
    </message>
    <message>
        <source>Shown this once. With the database&apos;s key file it opens the database if every password is lost. Print it or save it as PDF, seal it in an envelope and keep it in the safe.</source>
        <translation>Тек бір рет көрсетіледі. Барлық құпиясөздер жоғалса, ол дерекқордың кілттер файлымен бірге дерекқорды ашады. Оны басып шығарыңыз немесе PDF ретінде сақтаңыз, конвертке салып желімдеңіз және сейфте сақтаңыз.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>I have stored the recovery code in a safe place</source>
        <translation>Қалпына келтіру кодын қауіпсіз жерге сақтадым</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file.</source>
        <translation>{path} файлына сақталды. Оны басып шығарып, содан кейін файлды жойыңыз.</translation>
    </message>
</context>
<context>
    <name>milrep</name>
    <message>
        <source>entries {first}–{last} are missing</source>
        <translation>{first}–{last} жазбалары жоқ</translation>
    </message>
    <message>
        <source>does not follow the previous entry (deleted or reordered)</source>
        <translation>алдыңғы жазбаның жалғасы емес (жойылған немесе орны ауыстырылған)</translation>
    </message>
    <message>
        <source>content was altered</source>
        <translation>мазмұны өзгертілген</translation>
    </message>
    <message>
        <source>the record of the newest entry is missing (entries may have been removed from the end)</source>
        <translation>соңғы жазба туралы белгі жоқ (жазбалар соңынан жойылған болуы мүмкін)</translation>
    </message>
    <message>
        <source>entries {first}–{last} at the end are missing</source>
        <translation>соңындағы {first}–{last} жазбалары жоқ</translation>
    </message>
    <message>
        <source>the newest entry does not match the recorded one</source>
        <translation>соңғы жазба белгіленген жазбаға сәйкес келмейді</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written. Free some space and try again; nothing already stored was lost.</source>
        <translation>Диск толы: {path} жазылмады. Орын босатып, қайталап көріңіз; бұрын сақталған деректер жоғалған жоқ.</translation>
    </message>
    <message>
        <source>The folder of {path} is read-only or not writable by you. Choose another location or ask for write access.</source>
        <translation>{path} қалтасы тек оқуға арналған немесе сізде оған жазу құқығы жоқ. Басқа орынды таңдаңыз немесе жазу құқығын сұраңыз.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} жазылмады: {reason}</translation>
    </message>
    <message>
        <source>An issued document cannot be changed; issue a new one that supersedes it.</source>
        <extracomment>``milrep_meta`` key holding &quot;seq:hash&quot; of the newest audit entry, written with every entry: deleting entries from the end of the chain then no longer goes unnoticed. ``session.info`` key set while a sync bundle is applied (milrep.sync.apply): rows then arrive with their origin&apos;s clock and site, are written by the applier itself and journaled with :func:`record_remote`; a synced object flushed through the ORM meanwhile would be re-stamped as a local change, so it is refused.</extracomment>
        <translation>Берілген құжатты өзгертуге болмайды; оның орнына жаңасын беріңіз.</translation>
    </message>
    <message>
        <source>An issued document cannot be deleted; revoke or supersede it.</source>
        <translation>Берілген құжатты жоюға болмайды; оны кері қайтарып алыңыз немесе орнына жаңасын беріңіз.</translation>
    </message>
    <message>
        <source>The key file {path} is missing. Without it the database cannot be opened: restore it from your backup.</source>
        <extracomment>Only for tests and throwaway demo databases: far below the production floor.</extracomment>
        <translation>{path} кілттер файлы жоқ. Онсыз дерекқорды ашу мүмкін емес: оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read: {reason}</source>
        <translation>{path} кілттер файлын оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>The key file {path} was written by a newer version of milrep. Update the application.</source>
        <translation>{path} кілттер файлын milrep бағдарламасының жаңарақ нұсқасы жазған. Бағдарламаны жаңартыңыз.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged (truncated or edited). Restore it from your backup; the database itself has not been touched.</source>
        <translation>{path} кілттер файлы зақымдалған (қысқартылған немесе өзгертілген). Оны сақтық көшірмеден қалпына келтіріңіз; дерекқордың өзіне ешқандай өзгеріс енгізілген жоқ.</translation>
    </message>
    <message>
        <source>This database has no recovery slot.</source>
        <translation>Бұл дерекқорда қалпына келтіру слоты жоқ.</translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>Қалпына келтіру коды қате.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <extracomment>Wrong passwords typed for this user since their previous sign-in (set by open_database; a ``milrep.services.login_attempts.FailedAttempts``), for the UI to mention once.</extracomment>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>This database was created by a newer version of milrep (schema {rev}). Install that version to open it; the file has not been changed.</source>
        <translation>Бұл дерекқорды milrep бағдарламасының жаңарақ нұсқасы құрған (схема {rev}). Оны ашу үшін сол нұсқаны орнатыңыз; файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The account {user} is disabled. Ask the head of office.</source>
        <translation>{user} тіркелгісі өшірілген. Әскери өкілдіктің бастығына жүгініңіз.</translation>
    </message>
    <message>
        <source>A database already exists at {path}; choose another file name.</source>
        <translation>{path} дерекқоры бұрыннан бар; басқа файл атын таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} cannot be opened with its key file: the database is damaged or is not a milrep database, or the key file belongs to another database. Put back the key file created with this database or restore both from your latest backup; nothing has been changed.</source>
        <translation>{path} өзінің кілттер файлымен ашылмайды: дерекқор зақымдалған немесе milrep дерекқоры емес, не кілттер файлы басқа дерекқорға тиесілі. Осы дерекқормен бірге құрылған кілттер файлын орнына қойыңыз немесе екеуін де соңғы сақтық көшірмеден қалпына келтіріңіз; ешнәрсе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The key file next to {path} belongs to another database. Put back the key file that was created with this database.</source>
        <translation>{path} жанындағы кілттер файлы басқа дерекқорға тиесілі. Осы дерекқормен бірге құрылған кілттер файлын орнына қойыңыз.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>{path} дерекқоры табылмады.</translation>
    </message>
    <message>
        <source>exchange signed, encrypted bundles with the office&apos;s other workstations</source>
        <translation>әскери өкілдіктің басқа жұмыс орындарымен қол қойылған, шифрланған пакеттер алмасу</translation>
    </message>
    <message>
        <source>write the next bundle to a folder (the removable medium)</source>
        <translation>келесі пакетті қалтаға (алмалы-салмалы тасығышқа) жазу</translation>
    </message>
    <message>
        <source>the folder to write the bundle to</source>
        <translation>пакет жазылатын қалта</translation>
    </message>
    <message>
        <source>a recipient workstation (code); repeat for several; default: every other workstation of the keyring</source>
        <translation>алушы жұмыс орны (код); бірнешеуі үшін қайталаңыз; әдепкі бойынша: кілттер жиынтығындағы барлық басқа жұмыс орындары</translation>
    </message>
    <message>
        <source>include everything the recipients have not confirmed (after a lost bundle)</source>
        <translation>алушылар растамаған барлық нәрсені қосу (пакет жоғалғаннан кейін)</translation>
    </message>
    <message>
        <source>import bundle files</source>
        <translation>пакет файлдарын импорттау</translation>
    </message>
    <message>
        <source>per workstation: bundles received, missing, pending changes</source>
        <translation>жұмыс орындары бойынша: алынған, жетіспейтін пакеттер, күтудегі өзгерістер</translation>
    </message>
    <message>
        <source>the office keyring</source>
        <translation>әскери өкілдіктің кілттер жиынтығы</translation>
    </message>
    <message>
        <source>show the installed keyring</source>
        <translation>орнатылған кілттер жиынтығын көрсету</translation>
    </message>
    <message>
        <source>install a keyring received from the head of office</source>
        <translation>әскери өкілдік бастығынан алынған кілттер жиынтығын орнату</translation>
    </message>
    <message>
        <source>sign the next keyring version with the office root key and write it (head of office; the password is asked again)</source>
        <translation>кілттер жиынтығының келесі нұсқасына әскери өкілдіктің түбірлік кілтімен қол қойып, оны жазу (әскери өкілдік бастығы; құпиясөз қайта сұралады)</translation>
    </message>
    <message>
        <source>the keyring file to write</source>
        <translation>жазылатын кілттер жиынтығы файлы</translation>
    </message>
    <message>
        <source>Bundle {seq} written and checked: {path} ({changes} changes, {size:,} bytes).</source>
        <translation>{seq} пакеті жазылды және тексерілді: {path} (өзгерістер: {changes}, {size:,} байт).</translation>
    </message>
    <message>
        <source>The medium can be removed safely.</source>
        <translation>Тасығышты қауіпсіз шығаруға болады.</translation>
    </message>
    <message>
        <source>Keyring version: {v}</source>
        <translation>Кілттер жиынтығының нұсқасы: {v}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Bundles written: {n}; open conflicts: {c}; business conflicts for the head of office: {b}</source>
        <translation>Жазылған пакеттер: {n}; ашық қайшылықтар: {c}; әскери өкілдік бастығына арналған іскерлік қайшылықтар: {b}</translation>
    </message>
    <message>
        <source>last bundle imported: {n}; newest data: {when}</source>
        <translation>соңғы импортталған пакет: {n}; ең жаңа деректер: {when}</translation>
    </message>
    <message>
        <source>changes to send: {n}; not yet confirmed: {u}</source>
        <translation>жіберілетін өзгерістер: {n}; әлі расталмаған: {u}</translation>
    </message>
    <message>
        <source>bundle {seq} held, waiting for: {missing}</source>
        <translation>{seq} пакеті ұсталды, күтілуде: {missing}</translation>
    </message>
    <message>
        <source>No keyring is installed on this workstation.</source>
        <translation>Бұл жұмыс орнында кілттер жинағы орнатылмаған.</translation>
    </message>
    <message>
        <source>Keyring version {v}; root key fingerprint: {f}</source>
        <translation>Кілттер жинағының нұсқасы {v}; түбірлік кілттің саусақ ізі: {f}</translation>
    </message>
    <message>
        <source>(revoked after bundle {n})</source>
        <translation>({n} пакетінен кейін кері қайтарылған)</translation>
    </message>
    <message>
        <source>Keyring version {v} installed.</source>
        <translation>Кілттер жинағының {v} нұсқасы орнатылды.</translation>
    </message>
    <message>
        <source>This keyring (version {v}) was already installed.</source>
        <translation>Бұл кілттер жинағы ({v} нұсқасы) бұрын орнатылған.</translation>
    </message>
    <message>
        <source>Password of {user} to sign the keyring: </source>
        <translation>Кілттер жинағына қол қою үшін {user} пайдаланушысының құпиясөзі: </translation>
    </message>
    <message>
        <source>Keyring version {v} signed and written: {path}</source>
        <translation>Кілттер жинағының {v} нұсқасына қол қойылып, жазылды: {path}</translation>
    </message>
    <message>
        <source>Root key fingerprint: {f}</source>
        <translation>Түбірлік кілттің саусақ ізі: {f}</translation>
    </message>
    <message>
        <source>There is no workstation {site}.</source>
        <translation>{site} жұмыс орны жоқ.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} оқылмады: {reason}</translation>
    </message>
    <message>
        <source>{path}: held until earlier changes arrive</source>
        <translation>{path}: бұрынғы өзгерістер келгенге дейін ұсталды</translation>
    </message>
    <message>
        <source>bring bundle(s) {seqs} of the same workstation</source>
        <translation>сол жұмыс орнының {seqs} пакет(тер)ін әкеліңіз</translation>
    </message>
    <message>
        <source>{path}: already imported, nothing to do</source>
        <translation>{path}: бұрын импортталған, ештеңе істеудің қажеті жоқ</translation>
    </message>
    <message>
        <source>{path}: bundle {seq} imported, {n} new changes</source>
        <translation>{path}: {seq} пакеті импортталды, жаңа өзгерістер: {n}</translation>
    </message>
    <message>
        <source>{c} conflicts to review, {b} for the head of office</source>
        <translation>қарауға арналған қайшылықтар: {c}, оның ішінде өкілдік бастығына: {b}</translation>
    </message>
    <message>
        <source>  and held bundle {seq}: {n} new changes</source>
        <translation>  және ұсталған {seq} пакеті: жаңа өзгерістер: {n}</translation>
    </message>
    <message>
        <source>{path} is an unencrypted SQLite file, not a milrep database.</source>
        <translation>{path} — milrep дерекқоры емес, шифрланбаған SQLite файлы.</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a milrep database. Restore it from your latest backup; the damaged file has not been changed.</source>
        <translation>{path} зақымдалған немесе milrep дерекқоры емес. Оны соңғы сақтық көшірмеден қалпына келтіріңіз; зақымдалған файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The database is busy: another milrep window or command is writing to it. Try again in a moment; nothing was changed.</source>
        <translation>Дерекқор бос емес: оған milrep бағдарламасының басқа терезесі немесе командасы жазып жатыр. Біраздан кейін қайталап көріңіз; ешнәрсе өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing {path}: {reason}. Nothing was changed; check the disk or the removable medium.</source>
        <translation>{path} жазу кезінде диск қате туралы хабарлады: {reason}. Ешнәрсе өзгертілген жоқ; дискіні немесе алынбалы тасығышты тексеріңіз.</translation>
    </message>
    <message>
        <source>The database could not be written: {reason}</source>
        <translation>Дерекқорға жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Әскери өкілдіктің бастығы</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Әскери өкіл</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Қараушы</translation>
    </message>
    <message>
        <source>{user} ({role}) is not allowed to do this. Ask the head of office.</source>
        <translation>{user} ({role}) пайдаланушысының бұл әрекетке құқығы жоқ. Әскери өкілдіктің бастығына жүгініңіз.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Decision on resumption of works and services</source>
        <translation>Жұмыстарды орындауды және қызметтерді көрсетуді қайта бастау туралы шешім</translation>
    </message>
    <message>
        <source>Decision on resumption of acceptance and shipment</source>
        <translation>Қабылдау мен жөнелтуді қайта бастау туралы шешім</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Having verified the corrective actions taken on suspension notice No. {number} of {date}, and under paragraph 4 of Article 27 of {law}, the head of the military representative office decided to resume {what} of {target} from {time}.</source>
        <translation>{date} № {number} тоқтата тұру туралы хабарлама бойынша қабылданған түзету әрекеттерін тексеріп, {law} 27-бабының 4-тармағына сәйкес әскери өкілдіктің бастығы {time} бастап {target}: {what} қайта бастау туралы шешім қабылдады.</translation>
    </message>
    <message>
        <source>The suspension lifted</source>
        <translation>Күші жойылатын тоқтата тұру</translation>
    </message>
    <message>
        <source>Ground (Article {article} of the Law)</source>
        <translation>Негіздеме (Заңның {article}-бабы)</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Күшінде</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>{start} бастап {end} дейін</translation>
    </message>
    <message>
        <source>Corrective actions verified</source>
        <translation>Тексерілген түзету әрекеттері</translation>
    </message>
    <message>
        <source>Nonconformities of the suspended scope, each closed after its corrective action was verified:</source>
        <translation>Тоқтата тұру аясындағы, түзету әрекеттері тексерілгеннен кейін жабылған сәйкессіздіктер:</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Сәйкессіздік</translation>
    </message>
    <message>
        <source>Verification of its effect</source>
        <translation>Нәтижелілігін тексеру</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Repeat test</source>
        <translation>Қайталама сынақ</translation>
    </message>
    <message>
        <source>Failed test</source>
        <translation>Нәтижесі теріс сынақ</translation>
    </message>
    <message>
        <source>Results of the repeat test</source>
        <translation>Қайталама сынақ нәтижелері</translation>
    </message>
    <message>
        <source>Opinion of the office</source>
        <translation>Әскери өкілдіктің қорытындысы</translation>
    </message>
    <message>
        <source>protocol No. {number}</source>
        <translation>№ {number} хаттама</translation>
    </message>
    <message>
        <source>completed on {date}</source>
        <translation>{date} аяқталды</translation>
    </message>
    <message>
        <source>result: {result}</source>
        <translation>нәтижесі: {result}</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Орындалған</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Бұзылған</translation>
    </message>
    <message>
        <source>Changes to the approved state defense order (23.1.2)</source>
        <translation>Бекітілген мемлекеттік қорғаныс тапсырысына өзгерістер енгізу (23.1.2)</translation>
    </message>
    <message>
        <source>Modification not changing the subject (23.1.3)</source>
        <translation>Шарттың мәнін өзгертпейтін өзгеріс (23.1.3)</translation>
    </message>
    <message>
        <source>Price and value reduced by agreement (23.2.1)</source>
        <translation>Тараптардың келісімі бойынша баға мен құнды төмендету (23.2.1)</translation>
    </message>
    <message>
        <source>Operational requirements changed, deadlines unchanged (23.2.2)</source>
        <translation>Мерзімдерді өзгертпей ТТТ-ны өзгерту (23.2.2)</translation>
    </message>
    <message>
        <source>Quantity needed changed, unit price unchanged (23.2.3)</source>
        <translation>Бірлік бағасын өзгертпей қажетті санды өзгерту (23.2.3)</translation>
    </message>
    <message>
        <source>Design and estimate documentation changed (23.2.4)</source>
        <translation>Жобалау-сметалық құжаттаманы өзгерту (23.2.4)</translation>
    </message>
    <message>
        <source>Tax, customs or other legislation changed (23.2.5)</source>
        <translation>Салық, кеден немесе өзге заңнаманың өзгеруі (23.2.5)</translation>
    </message>
    <message>
        <source>Amount for the current year changed, total unchanged (23.2.6)</source>
        <translation>Жалпы соманы өзгертпей ағымдағы жылғы соманы өзгерту (23.2.6)</translation>
    </message>
    <message>
        <source>Improvement offered by the contractor (23.2.7)</source>
        <translation>МҚТ орындаушысы ұсынған жақсарту (23.2.7)</translation>
    </message>
    <message>
        <source>Deadline changed for force majeure (23.2.8)</source>
        <translation>Еңсерілмейтін күш мән-жайларына байланысты мерзімді өзгерту (23.2.8)</translation>
    </message>
    <message>
        <source>Contract {number} is closed and cannot be edited.</source>
        <translation>Шарт {number} жабылған, оны өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>A contract cannot go from &quot;{old}&quot; to &quot;{new}&quot;.</source>
        <translation>Шартты «{old}» мәртебесінен «{new}» мәртебесіне ауыстыруға болмайды.</translation>
    </message>
    <message>
        <source>An amendment cannot predate the contract.</source>
        <translation>Қосымша келісімнің күні шарттың күнінен ерте болмауы тиіс.</translation>
    </message>
    <message>
        <source>Amendment number</source>
        <translation>Қосымша келісімнің нөмірі</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Head of the military representative office</source>
        <translation>Әскери өкілдіктің бастығы</translation>
    </message>
    <message>
        <source>Military representative</source>
        <translation>Әскери өкіл</translation>
    </message>
    <message>
        <source>The contract no longer exists.</source>
        <translation>Мұндай шарт енді жоқ.</translation>
    </message>
    <message>
        <source>{document}, revision {revision}</source>
        <translation>{document}, {revision}-редакция</translation>
    </message>
    <message>
        <source>Choose the {role}.</source>
        <translation>{role} таңдаңыз.</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Шарттың нөмірі</translation>
    </message>
    <message>
        <source>Contract {number} already exists.</source>
        <translation>Шарт {number} бұрыннан бар.</translation>
    </message>
    <message>
        <source>customer (authorized body or recipient)</source>
        <translation>тапсырыс берушіні (уәкілетті органды немесе МҚТ алушысын)</translation>
    </message>
    <message>
        <source>contractor</source>
        <translation>МҚТ орындаушысын</translation>
    </message>
    <message>
        <source>this workstation&apos;s keys and the office&apos;s trust list</source>
        <translation>осы жұмыс орнының кілттері және өкілдіктің сенім тізімі</translation>
    </message>
    <message>
        <source>show the key ids and fingerprints of this workstation and the office</source>
        <translation>осы жұмыс орны мен өкілдіктің кілт идентификаторлары мен саусақ іздерін көрсету</translation>
    </message>
    <message>
        <source>sign the office&apos;s trust list with the root key and write it (head of office; the password is asked again)</source>
        <translation>өкілдіктің сенім тізіміне түбірлік кілтпен қол қойып, оны жазу (өкілдік бастығы; құпиясөз қайта сұралады)</translation>
    </message>
    <message>
        <source>the trust list file to write</source>
        <translation>сенім тізімі жазылатын файл</translation>
    </message>
    <message>
        <source>Signing key (Ed25519)</source>
        <translation>Қол қою кілті (Ed25519)</translation>
    </message>
    <message>
        <source>Bundle key (age X25519)</source>
        <translation>Пакет кілті (age X25519)</translation>
    </message>
    <message>
        <source>Office root key (Ed25519)</source>
        <translation>Өкілдіктің түбірлік кілті (Ed25519)</translation>
    </message>
    <message>
        <source>Office {code}: {name}</source>
        <translation>{code} өкілдігі: {name}</translation>
    </message>
    <message>
        <source>This workstation: {site}</source>
        <translation>Бұл жұмыс орны: {site}</translation>
    </message>
    <message>
        <source>No keys yet: they are made when the first certificate is issued or the trust list is exported.</source>
        <translation>Әзірге кілттер жоқ: олар бірінші куәлік берілгенде немесе сенім тізімі экспортталғанда жасалады.</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>қолданыстан шығарылған</translation>
    </message>
    <message>
        <source>held on this workstation</source>
        <translation>осы жұмыс орнында сақталады</translation>
    </message>
    <message>
        <source>public key only</source>
        <translation>тек ашық кілт</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>жұмыс орны</translation>
    </message>
    <message>
        <source>key id</source>
        <translation>кілт идентификаторы</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>МҚТ алушысын</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>саусақ ізі</translation>
    </message>
    <message>
        <source>Read fingerprints aloud group by group when comparing them with paper or over the phone; one differing digit means another key.</source>
        <translation>Саусақ іздерін қағаз құжатпен немесе телефон арқылы салыстырғанда оларды топ-тобымен дауыстап оқыңыз; бір цифрдың өзгешелігі басқа кілт екенін білдіреді.</translation>
    </message>
    <message>
        <source>{path} already exists. Use --force to replace it.</source>
        <translation>{path} бұрыннан бар. Оны ауыстыру үшін --force пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Password of {user} to sign the trust list: </source>
        <translation>Сенім тізіміне қол қою үшін {user} пайдаланушысының құпиясөзі: </translation>
    </message>
    <message>
        <source>Trust list of office {office}, version {version}, written: {path}</source>
        <translation>{office} өкілдігінің сенім тізімі, {version} нұсқасы, жазылды: {path}</translation>
    </message>
    <message>
        <source>{keys} key(s), {revoked} revoked certificate(s).</source>
        <translation>Кілттер: {keys}, кері қайтарылған куәліктер: {revoked}.</translation>
    </message>
    <message>
        <source>Root key fingerprint: {fingerprint}</source>
        <translation>Түбірлік кілттің саусақ ізі: {fingerprint}</translation>
    </message>
    <message>
        <source>Give this fingerprint to the recipients separately from the file (in the covering letter or by phone): it is how they know the list is the office&apos;s.</source>
        <translation>Бұл саусақ ізін алушыларға файлдан бөлек беріңіз (ілеспе хатта немесе телефон арқылы): олар тізімнің өкілдікке тиесілі екенін осы арқылы біледі.</translation>
    </message>
    <message>
        <source>Subject of the contract</source>
        <translation>Шарттың мәні</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>Шарттың құны</translation>
    </message>
    <message>
        <source>Advance payment</source>
        <translation>Аванс</translation>
    </message>
    <message>
        <source>The advance cannot exceed the contract value.</source>
        <translation>Аванс шарттың құнынан аспауы тиіс.</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Кезеңнің атауы</translation>
    </message>
    <message>
        <source>The deadline of stage &quot;{stage}&quot; is outside the contract&apos;s validity.</source>
        <translation>«{stage}» кезеңінің мерзімі шарттың қолданылу мерзімінен тыс.</translation>
    </message>
    <message>
        <source>Military goods</source>
        <translation>Әскери өнім</translation>
    </message>
    <message>
        <source>Dual-use goods</source>
        <translation>Қосарлы мақсаттағы</translation>
    </message>
    <message>
        <source>Military work</source>
        <translation>Әскери жұмыс</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Әскери қызмет</translation>
    </message>
    <message>
        <source>An item cannot move to another contract.</source>
        <translation>Позицияны басқа шартқа ауыстыруға болмайды.</translation>
    </message>
    <message>
        <source>The control-list item no longer exists.</source>
        <translation>Мұндай тізбе позициясы енді жоқ.</translation>
    </message>
    <message>
        <source>Choose the contract.</source>
        <translation>Шартты таңдаңыз.</translation>
    </message>
    <message>
        <source>Contract {number} is closed; its control list cannot change.</source>
        <translation>Шарт {number} жабылған; оның тізбесін өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>verify the QR seal of a certificate (a PDF, a PNG/JPEG scan or the QR text)</source>
        <translation>куәліктің QR мөрін тексеру (PDF, PNG/JPEG сканы немесе QR мәтіні)</translation>
    </message>
    <message>
        <source>Prints the verdict (valid, invalid signature, unknown key, revoked key, revoked certificate, malformed) and the fields of every seal found. Exit status 0 only when every seal found is valid. Without --trust the office database (--db) provides the trust list.</source>
        <translation>Қорытындыны (жарамды, қолтаңба жарамсыз, белгісіз кілт, кері қайтарылған кілт, кері қайтарылған куәлік, бүлінген) және табылған әр мөрдің өрістерін шығарады. Шығу коды 0 тек табылған барлық мөрлер жарамды болғанда ғана. --trust болмаса, сенім тізімін өкілдіктің дерекқоры (--db) береді.</translation>
    </message>
    <message>
        <source>a PDF, an image file, a text file, or the seal text itself (MR1:…)</source>
        <translation>PDF, сурет файлы, мәтін файлы немесе мөрдің мәтіні (MR1:…)</translation>
    </message>
    <message>
        <source>the issuing office&apos;s trust list (repeat for several offices)</source>
        <translation>куәлікті берген өкілдіктің сенім тізімі (бірнеше өкілдік үшін қайталаңыз)</translation>
    </message>
    <message>
        <source>accept a trust list only if its root key has this fingerprint (as the office gave it to you)</source>
        <translation>сенім тізімін түбірлік кілтінің саусақ ізі осындай болса ғана қабылдау (өкілдік сізге бергендей)</translation>
    </message>
    <message>
        <source>Read page {done:,} of {total:,}</source>
        <translation>{total:,} беттің {done:,} беті оқылды</translation>
    </message>
    <message>
        <source>A trust list is needed to verify a seal: give the issuing office&apos;s trust list with --trust FILE (the office exports it with `milrep keys export-trust`), or the office database with --db.</source>
        <translation>Мөрді тексеру үшін сенім тізімі қажет: куәлікті берген өкілдіктің сенім тізімін --trust ФАЙЛ арқылы (өкілдік оны `milrep keys export-trust` командасымен экспорттайды) немесе өкілдіктің дерекқорын --db арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>{reason}
Without the office database, give the issuing office&apos;s trust list with --trust FILE.</source>
        <translation>{reason}
Өкілдіктің дерекқоры болмаса, куәлікті берген өкілдіктің сенім тізімін --trust ФАЙЛ арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>Trust list of office {office}, version {version}; root key {fingerprint}</source>
        <translation>{office} өкілдігінің сенім тізімі, {version} нұсқасы; түбірлік кілт {fingerprint}</translation>
    </message>
    <message>
        <source>  Compare this fingerprint with the one the office gave you (or pass it with --root).</source>
        <translation>  Бұл саусақ ізін өкілдік сізге бергенімен салыстырыңыз (немесе оны --root арқылы беріңіз).</translation>
    </message>
    <message>
        <source>No QR seal was found in {source}. Scan at 300 dpi or more, flat and in focus, with the whole symbol and its white margin.</source>
        <translation>{source} ішінен QR мөрі табылмады. Кемінде 300 dpi ажыратымдылықпен, тегіс әрі анық, бүкіл таңбаны ақ жиегімен қоса сканерлеңіз.</translation>
    </message>
    <message>
        <source> (page {page})</source>
        <translation> ({page} бет)</translation>
    </message>
    <message>
        <source>Seal {i} of {n}{where}: {verdict}</source>
        <translation>{n} мөрдің {i}-і{where}: {verdict}</translation>
    </message>
    <message>
        <source>  What the seal claims (NOT confirmed):</source>
        <translation>  Мөрдегі мәліметтер (РАСТАЛМАҒАН):</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Қол қою кілті</translation>
    </message>
    <message>
        <source>Other claim {key}</source>
        <translation>Басқа өріс {key}</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Өкілдік</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Куәліктің нөмірі</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Contractor BIN</source>
        <translation>Жеткізушінің БСН</translation>
    </message>
    <message>
        <source>Nomenclature code</source>
        <translation>Номенклатура коды</translation>
    </message>
    <message>
        <source>Lot / serial numbers</source>
        <translation>Партия / зауыттық нөмірлер</translation>
    </message>
    <message>
        <source>Certificate id</source>
        <translation>Куәліктің идентификаторы</translation>
    </message>
    <message>
        <source>Record digest</source>
        <translation>Жазбаның хеші</translation>
    </message>
    <message>
        <source>Nomenclature code {code} is already on this contract&apos;s control list.</source>
        <translation>{code} номенклатура коды осы шарттың тізбесінде бұрыннан бар.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлш. бірл.</translation>
    </message>
    <message>
        <source>The delivery deadline is outside the contract&apos;s validity ({start} – {end}).</source>
        <translation>Жеткізу мерзімі шарттың қолданылу мерзімінен тыс ({start} – {end}).</translation>
    </message>
    <message>
        <source>The control list is approved by the authorized body or the recipient (Article 27.2).</source>
        <translation>Тізбені уәкілетті орган немесе МҚТ алушысы бекітеді (27-баптың 2-тармағы).</translation>
    </message>
    <message>
        <source>Enter the approval document for the approval date.</source>
        <translation>Бекітілген күні көрсетілсе, бекіту құжатын да көрсетіңіз.</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>False on very long lists: words too short for the search index are left out of the filter (each would cost a scan of every row); :func:`ignored_words` names them. Lists longer than this search only words the index can serve (see ``ListQuery.short_words``).
----------
&quot;in_force&quot; while no resumption names the suspension, else &quot;resumed&quot;
----------
&quot;valid&quot;, &quot;revoked&quot; or &quot;superseded&quot; (revoked by a re-issue), from the revocations</extracomment>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қол қойылды</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Value, ₸</source>
        <translation>Құны, ₸</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Delivery by</source>
        <translation>Жеткізу мерзімі</translation>
    </message>
    <message>
        <source>Technical documentation</source>
        <translation>Техникалық құжаттама</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Ұсынылған күні</translation>
    </message>
    <message>
        <source>Protocol of acceptance tests</source>
        <translation>Қабылдау-тапсыру сынақтарының хаттамасы</translation>
    </message>
    <message>
        <source>Inspection protocol</source>
        <translation>Бақылау хаттамасы</translation>
    </message>
    <message>
        <source>Protocol of inspection of a work stage</source>
        <translation>Жұмыс кезеңін бақылау хаттамасы</translation>
    </message>
    <message>
        <source>Protocol of inspection of a service rendered</source>
        <translation>Көрсетілген қызметті тексеру хаттамасы</translation>
    </message>
    <message>
        <source>{item}, lot {lot}, attempt {attempt}</source>
        <translation>{item}, {lot} партиясы, {attempt}-ұсыну</translation>
    </message>
    <message>
        <source>DRAFT: the inspection is not decided; results may still change.</source>
        <translation>ЖОБА: бақылау бойынша шешім қабылданған жоқ, нәтижелер әлі өзгеруі мүмкін.</translation>
    </message>
    <message>
        <source>General information</source>
        <translation>Жалпы мәліметтер</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Notice of presentation</source>
        <translation>Ұсыну туралы хабарлама</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>{date} № {number}</translation>
    </message>
    <message>
        <source>, made on {date}</source>
        <translation>, {date} дайындалған</translation>
    </message>
    <message>
        <source>Quantity presented</source>
        <translation>Ұсынылғаны</translation>
    </message>
    <message>
        <source>Serial numbers presented</source>
        <translation>Зауыттық нөмірлері</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Ұсыну реті</translation>
    </message>
    <message>
        <source>Inspection by the plant&apos;s quality department (OTK)</source>
        <translation>Кәсіпорынның ТББ бақылауы</translation>
    </message>
    <message>
        <source>Kind of inspection</source>
        <translation>Бақылау түрі</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Басталды</translation>
    </message>
    <message>
        <source>{time}, {person}</source>
        <translation>{time}, {person}</translation>
    </message>
    <message>
        <source>Sampling plan</source>
        <translation>Бақылау жоспары</translation>
    </message>
    <message>
        <source>Characteristics checked</source>
        <translation>Тексерілетін сипаттамалар</translation>
    </message>
    <message>
        <source>As copied from the item&apos;s requirements when the inspection was opened.</source>
        <translation>Бақылау ашылған кезде позицияға қойылатын талаптардан көшірілген күйінде.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Сыныбы</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Номинал</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Талап</translation>
    </message>
    <message>
        <source>Method, reference</source>
        <translation>Әдісі, сілтеме</translation>
    </message>
    <message>
        <source>Units checked</source>
        <translation>Іріктеме</translation>
    </message>
    <message>
        <source>Measuring instruments used</source>
        <translation>Қолданылған өлшеу құралдары</translation>
    </message>
    <message>
        <source>Range, accuracy</source>
        <translation>Ауқымы, дәлдігі</translation>
    </message>
    <message>
        <source>Calibrated on</source>
        <translation>Тексерілген күні</translation>
    </message>
    <message>
        <source>Calibration due</source>
        <translation>Тексеру мерзімі</translation>
    </message>
    <message>
        <source>For characteristic No.</source>
        <translation>Сипаттамалар № үшін</translation>
    </message>
    <message>
        <source>No measuring instrument was recorded with the results.</source>
        <translation>Нәтижелермен бірге өлшеу құралы көрсетілмеген.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Жинақтылық</translation>
    </message>
    <message>
        <source>Component of the set</source>
        <translation>Жиынтықтың құрамдас бөлігі</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Нақты</translation>
    </message>
    <message>
        <source>The item has no completeness list.</source>
        <translation>Позиция үшін жинақтылық тізімі белгіленбеген.</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Сәйкессіздіктер</translation>
    </message>
    <message>
        <source>Photos and scans kept with the inspection</source>
        <translation>Бақылау нәтижелерімен сақталған фотосуреттер мен сканерленген құжаттар</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size, bytes</source>
        <translation>Өлшемі, байт</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Representative of the plant&apos;s quality department (OTK)</source>
        <translation>Кәсіпорын ТББ өкілі</translation>
    </message>
    <message>
        <source>{attempt} (re-presentation after a return: only the characteristics that failed are re-tested)</source>
        <translation>{attempt} (қайтарудан кейін қайта ұсыну: тек сәйкессіздік анықталған сипаттамалар қайта тексеріледі)</translation>
    </message>
    <message>
        <source>Single sampling per ISO 2859-1 (MIL-STD-105E), inspection level {level}, {severity} inspection; lot of {quantity} units.</source>
        <translation>ISO 2859-1 (MIL-STD-105E) бойынша бір сатылы іріктемелі бақылау, бақылау деңгейі {level}, {severity} бақылау; партия көлемі {quantity} дана.</translation>
    </message>
    <message>
        <source>AQL, %</source>
        <translation>AQL, %</translation>
    </message>
    <message>
        <source>Code letter</source>
        <translation>Кодтық әріп</translation>
    </message>
    <message>
        <source>Sample size n</source>
        <translation>Іріктеме көлемі n</translation>
    </message>
    <message>
        <source>Acceptance number Ac</source>
        <translation>Қабылдау саны Ac</translation>
    </message>
    <message>
        <source>Rejection number Re</source>
        <translation>Жарамсыздық саны Re</translation>
    </message>
    <message>
        <source>Critical nonconformities are not tolerated: one returns the lot. An arrow shows a code letter moved by the table&apos;s arrows.</source>
        <translation>Сыни сәйкессіздіктерге жол берілмейді: біреуі партияны қайтаруға әкеледі. Көрсеткі кодтық әріптің кесте көрсеткілері бойынша ауысуын білдіреді.</translation>
    </message>
    <message>
        <source>Fixed sample of {n} units from a lot of {quantity}; the lot is accepted when no sampled unit is nonconforming (Ac 0, Re 1).</source>
        <translation>Тұрақты көлемді іріктеме: {quantity} дана партиядан {n} дана; іріктемеде сәйкес емес бұйым болмаса, партия қабылданады (Ac 0, Re 1).</translation>
    </message>
    <message>
        <source>100 % inspection: each of the {quantity} units presented is inspected and judged on its own.</source>
        <translation>Тұтас бақылау: ұсынылған {quantity} бұйымның әрқайсысы тексеріледі және жеке бағаланады.</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>қалыпты</translation>
    </message>
    <message>
        <source>tightened</source>
        <translation>күшейтілген</translation>
    </message>
    <message>
        <source>reduced</source>
        <translation>жеңілдетілген</translation>
    </message>
    <message>
        <source>No characteristic was checked.</source>
        <translation>Сипаттамалар тексерілмеген.</translation>
    </message>
    <message>
        <source>Characteristics {first}–{last}</source>
        <translation>{first}–{last} сипаттамалар</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Үлгі</translation>
    </message>
    <message>
        <source>✗ out of limits or not conforming;  — not measured;  a blank cell: the unit is outside that class&apos;s sample.</source>
        <translation>✗ шектен тыс немесе сәйкес емес;  — өлшенбеген;  бос ұяшық: бұйым осы сыныптың іріктемесіне кірмейді.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабылды</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <source>No nonconformity was raised from this inspection.</source>
        <translation>Бақылау нәтижесі бойынша сәйкессіздіктер тіркелмеген.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>Not decided. Verdict of the rules as the results stand: {verdict}. {reason}</source>
        <translation>Шешім қабылданған жоқ. Қазіргі нәтижелер бойынша ережелердің қорытындысы: {verdict}. {reason}</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Шешім:</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Негіздемесі: {reason}</translation>
    </message>
    <message>
        <source>Acceptance record No. {number} of {date}: accepted {accepted} {unit}, rejected {rejected}.</source>
        <translation>{date} № {number} қабылдау актісі: {accepted} {unit} қабылданды, {rejected} жарамсыз деп танылды.</translation>
    </message>
    <message>
        <source>Rejected serial numbers: {serials}.</source>
        <translation>Жарамсыз деп танылған зауыттық нөмірлер: {serials}.</translation>
    </message>
    <message>
        <source>Return notice No. {number} of {date}.</source>
        <translation>{date} № {number} қайтару туралы хабарлама.</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>the Law of the Republic of Kazakhstan of 18 March 2019 No. 236-VI “On the defense industry and the state defense order”</source>
        <translation>«Қорғаныс өнеркәсібі және мемлекеттік қорғаныстық тапсырыс туралы» Қазақстан Республикасының 2019 жылғы 18 наурыздағы № 236-VI Заңының</translation>
    </message>
    <message>
        <source>failure to fulfil the terms of a state defense order contract</source>
        <translation>мемлекеттік қорғаныстық тапсырысты орындау туралы шарттың талаптарын орындамау</translation>
    </message>
    <message>
        <source>failure to fulfil decisions made to ensure good quality and reliability of works, services</source>
        <translation>жұмыстардың, қызметтердің сапасы мен сенімділігін қамтамасыз ету бойынша қабылданған шешімдерді орындамау</translation>
    </message>
    <message>
        <source>failure to fulfil decisions made to ensure good quality and reliability of goods (products)</source>
        <translation>тауарлардың (өнімдердің) сапасы мен сенімділігін қамтамасыз ету бойынша қабылданған шешімдерді орындамау</translation>
    </message>
    <message>
        <source>failed tests</source>
        <translation>сынақтардың теріс нәтижелері</translation>
    </message>
    <message>
        <source>in-service identification of defects that caused the failure of goods (products), if goods (products) in process also have such defects</source>
        <translation>пайдалану процесінде тауарлардың (өнімдердің) істен шығуына себеп болған ақаулардың анықталуы, егер мұндай ақаулар өндірістегі тауарларда (өнімдерде) де болса</translation>
    </message>
    <message>
        <source>lot {lot} of {item}</source>
        <translation>{item}: {lot} партиясы</translation>
    </message>
    <message>
        <source>all goods, works and services of contract {contract}</source>
        <translation>{contract} шарт бойынша барлық өнім, жұмыстар мен қызметтер</translation>
    </message>
    <message>
        <source>performance and acceptance of the work or service</source>
        <translation>жұмысты (қызметті) орындауды және қабылдауды</translation>
    </message>
    <message>
        <source>acceptance and shipment</source>
        <translation>қабылдауды және жөнелтуді</translation>
    </message>
    <message>
        <source>Notice of suspension of works and services</source>
        <translation>Жұмыстарды орындауды және қызметтерді көрсетуді тоқтата тұру туралы хабарлама</translation>
    </message>
    <message>
        <source>Notice of suspension of acceptance and shipment</source>
        <translation>Қабылдау мен жөнелтуді тоқтата тұру туралы хабарлама</translation>
    </message>
    <message>
        <source>Under subparagraph {sub}) of paragraph 4 of Article 27 of {law}, the military representative office suspends {what} of {target} from {time}.</source>
        <translation>{law} 27-бабы 4-тармағының {sub}) тармақшасы негізінде әскери өкілдік {time} бастап {target}: {what} тоқтата тұрады.</translation>
    </message>
    <message>
        <source>Ground and scope</source>
        <translation>Негіздеме және аясы</translation>
    </message>
    <message>
        <source>, completed on {date}</source>
        <translation>, {date} аяқталды</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Мән-жайлар</translation>
    </message>
    <message>
        <source>this lot only</source>
        <translation>тек осы партия</translation>
    </message>
    <message>
        <source>lots made on or after {date} (the last positive periodic test)</source>
        <translation>{date} және одан кейін дайындалған партиялар (соңғы оң нәтижелі мерзімді сынақ күні)</translation>
    </message>
    <message>
        <source>every lot, whenever made</source>
        <translation>дайындалған күніне қарамастан барлық партиялар</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Аясы</translation>
    </message>
    <message>
        <source>Lots covered</source>
        <translation>Қамтитын партиялар</translation>
    </message>
    <message>
        <source>Lots registered so far that it covers</source>
        <translation>Қамтылатын тіркелген партиялар</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Күшіне енген уақыты</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Салдары</translation>
    </message>
    <message>
        <source>While the suspension is in force the office does not accept the work or service in its scope.</source>
        <translation>Тоқтата тұру күшінде тұрғанда әскери өкілдік оның аясындағы жұмыстарды (қызметтерді) қабылдамайды.</translation>
    </message>
    <message>
        <source>While the suspension is in force the office does not accept, certify or release for shipment the goods in its scope.</source>
        <translation>Тоқтата тұру күшінде тұрғанда әскери өкілдік оның аясындағы өнімді қабылдамайды, сапа куәлігін ресімдемейді және жөнелтуге жібермейді.</translation>
    </message>
    <message>
        <source>It ends only by a resumption decision of the head of the office, once the contractor&apos;s corrective actions are verified and a repeat test is positive.</source>
        <translation>Тоқтата тұру орындаушының түзету әрекеттері тексерілгеннен кейін және қайталама сынақ нәтижесі оң болған жағдайда ғана әскери өкілдік бастығының қайта бастау туралы шешімімен тоқтатылады.</translation>
    </message>
    <message>
        <source>It ends only by a resumption decision of the head of the office, once the contractor&apos;s corrective actions are verified.</source>
        <translation>Тоқтата тұру орындаушының түзету әрекеттері тексерілгеннен кейін ғана әскери өкілдік бастығының қайта бастау туралы шешімімен тоқтатылады.</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>Күшіне енген күні</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Сынақ</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Басталды</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Opinion on the results of periodic tests</source>
        <translation>Мерзімді сынақтардың нәтижелері бойынша қорытынды</translation>
    </message>
    <message>
        <source>Opinion on the results of qualification tests</source>
        <translation>Біліктілік сынақтарының нәтижелері бойынша қорытынды</translation>
    </message>
    <message>
        <source>Opinion on the results of type tests</source>
        <translation>Типтік сынақтардың нәтижелері бойынша қорытынды</translation>
    </message>
    <message>
        <source>The test</source>
        <translation>Сынақ</translation>
    </message>
    <message>
        <source>Kind of test</source>
        <translation>Сынақ түрі</translation>
    </message>
    <message>
        <source>Test programme</source>
        <translation>Сынақ бағдарламасы</translation>
    </message>
    <message>
        <source>Test protocol</source>
        <translation>Сынақ хаттамасы</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Өткізілді</translation>
    </message>
    <message>
        <source>Result of the test</source>
        <translation>Сынақ нәтижесі</translation>
    </message>
    <message>
        <source>Repeat of</source>
        <translation>Қайталанатын сынақ</translation>
    </message>
    <message>
        <source>Conclusion of the military representative office</source>
        <translation>Әскери өкілдіктің қорытындысы</translation>
    </message>
    <message>
        <source>A negative result is a ground to suspend acceptance and shipment (subparagraph 8) of paragraph 4 of Article 27 of the Law).</source>
        <translation>Теріс нәтиже қабылдау мен жөнелтуді тоқтата тұруға негіз болып табылады (Заңның 27-бабы 4-тармағының 8) тармақшасы).</translation>
    </message>
    <message>
        <source>Issued under subparagraph 4) of paragraph 4 of Article 27 of {law}.</source>
        <translation>{law} 27-бабы 4-тармағының 4) тармақшасына сәйкес берілді.</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Калибрлеу</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Өлшеу құралы</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>Зауыттық №</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Ауқымы</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>Калибрленген</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалды</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Орналасқан жері</translation>
    </message>
    <message>
        <source>Manufactured</source>
        <translation>Дайындалған</translation>
    </message>
    <message>
        <source>Serials</source>
        <translation>Зауыттық нөмірлер</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Таңбалау</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Партиялар</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Being implemented</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Күші жойылды</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Choose the control-list item.</source>
        <translation>Тізбе позициясын таңдаңыз.</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; does not belong to the chosen contract.</source>
        <translation>«{item}» таңдалған шартқа жатпайды.</translation>
    </message>
    <message>
        <source>How the implementation was verified</source>
        <translation>Орындалуы қалай тексерілді</translation>
    </message>
    <message>
        <source>A decision cannot be implemented in the future.</source>
        <translation>Шешімнің орындалу күні болашақта болмауы тиіс.</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Күшін жою себебі</translation>
    </message>
    <message>
        <source>Choose the lot.</source>
        <translation>Партияны таңдаңыз.</translation>
    </message>
    <message>
        <source>Lot {lot} has not been accepted: storage checks are for accepted goods awaiting shipment.</source>
        <translation>{lot} партиясы қабылданбаған: сақтау жағдайлары жөнелтуді күтіп тұрған қабылданған өнім үшін тексеріледі.</translation>
    </message>
    <message>
        <source>A check cannot be dated in the future.</source>
        <translation>Тексеру күні болашақта болмауы тиіс.</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Тексерілген күні</translation>
    </message>
    <message>
        <source>Describe the findings: the storage conditions are not met.</source>
        <translation>Анықталғанды сипаттаңыз: сақтау жағдайлары сақталмаған.</translation>
    </message>
    <message>
        <source>The decision no longer exists.</source>
        <translation>Мұндай шешім енді жоқ.</translation>
    </message>
    <message>
        <source>Decision &quot;{title}&quot; is already {status}.</source>
        <translation>«{title}» шешімінің мәртебесі бұрыннан «{status}».</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Партияның нөмірі</translation>
    </message>
    <message>
        <source>Lot {lot} is already registered for this item.</source>
        <translation>{lot} партиясы осы позиция бойынша бұрыннан тіркелген.</translation>
    </message>
    <message>
        <source>There is no acceptance record {number}.</source>
        <translation>{number} қабылдау актісі жоқ.</translation>
    </message>
    <message>
        <source>Choose the acceptance records to certify.</source>
        <translation>Куәландыру үшін қабылдау актілерін таңдаңыз.</translation>
    </message>
    <message>
        <source>The acceptance record no longer exists.</source>
        <translation>Қабылдау актісі енді жоқ.</translation>
    </message>
    <message>
        <source>A certificate covers one item: the chosen acceptance records are of different items.</source>
        <translation>Сертификат бір бұйымды қамтиды: таңдалған қабылдау актілері әртүрлі бұйымдарға қатысты.</translation>
    </message>
    <message>
        <source>The quantity to certify must be a whole number greater than zero.</source>
        <translation>Сертификатталатын саны нөлден үлкен бүтін сан болуы тиіс.</translation>
    </message>
    <message>
        <source>Serial numbers repeated: {serials}.</source>
        <translation>Қайталанатын зауыттық нөмірлер: {serials}.</translation>
    </message>
    <message>
        <source>Not accepted by the chosen records, or already certified: {serials}.</source>
        <translation>Таңдалған актілермен қабылданбаған немесе сертификатталып қойған: {serials}.</translation>
    </message>
    <message>
        <source>The quantity ({qty}) differs from the number of serials ({n}).</source>
        <translation>Саны ({qty}) зауыттық нөмірлер санынан ({n}) өзгеше.</translation>
    </message>
    <message>
        <source>The accepted units have serial numbers: list the serials of the {qty} {unit} to certify.</source>
        <translation>Қабылданған бірліктердің зауыттық нөмірлері бар: сертификатталатын {qty} {unit} зауыттық нөмірлерін тізіп көрсетіңіз.</translation>
    </message>
    <message>
        <source>{nonconformity} (lot {lot})</source>
        <translation>{nonconformity} (партия {lot})</translation>
    </message>
    <message>
        <source>Serial numbers already registered for this item in another lot: {serials}.</source>
        <translation>Осы позиция бойынша басқа партияда бұрыннан тіркелген зауыттық нөмірлер: {serials}.</translation>
    </message>
    <message>
        <source>The lot quantity must be a whole number.</source>
        <translation>Партиядағы өнім саны бүтін сан болуы тиіс.</translation>
    </message>
    <message>
        <source>The lot quantity ({qty}) differs from the number of serials ({n}).</source>
        <translation>Партиядағы өнім саны ({qty}) зауыттық нөмірлер санына ({n}) сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Enter the serial numbers or the quantity.</source>
        <translation>Зауыттық нөмірлерді немесе санын көрсетіңіз.</translation>
    </message>
    <message>
        <source>An organization with BIN {bin} already exists.</source>
        <translation>БСН-і {bin} ұйым бұрыннан бар.</translation>
    </message>
    <message>
        <source>The organization no longer exists.</source>
        <translation>Мұндай ұйым енді жоқ.</translation>
    </message>
    <message>
        <source>Issued the certificate confirming quality</source>
        <translation>Сапаны растайтын куәлік берілді</translation>
    </message>
    <message>
        <source>Revoked the certificate</source>
        <translation>Куәлік кері қайтарып алынды</translation>
    </message>
    <message>
        <source>Accepted on behalf of the state</source>
        <translation>Мемлекет атынан қабылданды</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>Пысықтауға қайтарылды</translation>
    </message>
    <message>
        <source>Suspended acceptance and shipment</source>
        <translation>Қабылдау және жөнелту тоқтатыла тұрды</translation>
    </message>
    <message>
        <source>Resumed acceptance and shipment</source>
        <translation>Қабылдау және жөнелту қайта басталды</translation>
    </message>
    <message>
        <source>Issued the office&apos;s opinion</source>
        <translation>Әскери өкілдіктің қорытындысы берілді</translation>
    </message>
    <message>
        <source>Reconciled the inventory</source>
        <translation>Түгендеу нәтижелері салыстырылды</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Бекітілді</translation>
    </message>
    <message>
        <source>Signed the office&apos;s trust list with the root key</source>
        <translation>Өкілдіктің сенім тізіміне түбірлік кілтпен қол қойылды</translation>
    </message>
    <message>
        <source>Signed the office&apos;s keyring with the root key</source>
        <translation>Өкілдіктің кілттер жиынына түбірлік кілтпен қол қойылды</translation>
    </message>
    <message>
        <source>Only the signed-in person can sign.</source>
        <translation>Тек жүйеге кірген адам ғана қол қоя алады.</translation>
    </message>
    <message>
        <source>A user name is 2 to 32 characters: lower-case Latin letters, digits, dot, dash or underscore, starting with a letter.</source>
        <translation>Пайдаланушы аты 2–32 таңбадан тұрады: кіші латын әріптері, цифрлар, нүкте, сызықша немесе астыңғы сызық; бірінші таңба — әріп.</translation>
    </message>
    <message>
        <source>The password must be at least {n} characters long.</source>
        <translation>Құпиясөз кемінде {n} таңбадан тұруы тиіс.</translation>
    </message>
    <message>
        <source>The password must contain both letters and digits.</source>
        <translation>Құпиясөзде әріптер де, цифрлар да болуы тиіс.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Құпиясөзде пайдаланушы аты болмауы тиіс.</translation>
    </message>
    <message>
        <source>The password is too simple: use at least five different characters.</source>
        <translation>Құпиясөз тым қарапайым: кемінде бес түрлі таңба пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Тегін, атын және әкесінің атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The user name {user} is already taken.</source>
        <translation>{user} пайдаланушы аты бұрыннан бар.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Өз тіркелгіңізді өшіруге болмайды.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Ағымдағы құпиясөз қате.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>Жаңа құпиясөз бұрынғысынан өзгеше болуы тиіс.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Мұндай пайдаланушы енді жоқ.</translation>
    </message>
    <message>
        <source>The office must keep at least one active head of office.</source>
        <translation>Әскери өкілдікте әскери өкілдік бастығының кемінде бір белсенді тіркелгісі қалуы тиіс.</translation>
    </message>
    <message>
        <source>Quality control and acceptance workstation of a military representative office. Without a command the desktop application starts.</source>
        <translation>Әскери өкілдіктің сапаны бақылау және қабылдау жұмыс орны. Командасыз іске қосылғанда графикалық қолданба ашылады.</translation>
    </message>
    <message>
        <source>The password is read from the MILREP_PASSWORD environment variable, from --password-file or asked for. Exit status: 0 success, 1 refused or invalid, 2 usage error.</source>
        <translation>Құпиясөз MILREP_PASSWORD орта айнымалысынан немесе --password-file файлынан алынады, болмаса сұралады. Аяқталу коды: 0 — сәтті, 1 — бас тартылды немесе деректер жарамсыз, 2 — пайдалану қатесі.</translation>
    </message>
    <message>
        <source>office database file (default: {path})</source>
        <translation>әскери өкілдік дерекқорының файлы (әдепкі: {path})</translation>
    </message>
    <message>
        <source>user name to sign in with (default: $MILREP_USER or asked for)</source>
        <translation>кіруге арналған пайдаланушы аты (әдепкі: $MILREP_USER немесе сұралады)</translation>
    </message>
    <message>
        <source>read the password from the first line of FILE</source>
        <translation>құпиясөзді FILE файлының бірінші жолынан оқу</translation>
    </message>
    <message>
        <source>start the desktop application (the default)</source>
        <translation>графикалық қолданбаны іске қосу (әдепкі)</translation>
    </message>
    <message>
        <source>create a new office database and its head of office</source>
        <translation>әскери өкілдіктің жаңа дерекқорын және әскери өкілдік бастығының тіркелгісін құру</translation>
    </message>
    <message>
        <source>office code, e.g. 17</source>
        <translation>әскери өкілдік коды, мысалы 17</translation>
    </message>
    <message>
        <source>office name</source>
        <translation>әскери өкілдік атауы</translation>
    </message>
    <message>
        <source>name of the plant the office works at</source>
        <translation>әскери өкілдік жұмыс істейтін кәсіпорынның атауы</translation>
    </message>
    <message>
        <source>code of this workstation, e.g. WS1</source>
        <translation>осы жұмыс орнының коды, мысалы WS1</translation>
    </message>
    <message>
        <source>name of this workstation</source>
        <translation>осы жұмыс орнының атауы</translation>
    </message>
    <message>
        <source>user name of the head of office</source>
        <translation>әскери өкілдік бастығының пайдаланушы аты</translation>
    </message>
    <message>
        <source>full name of the head of office</source>
        <translation>әскери өкілдік бастығының тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>military rank of the head of office</source>
        <translation>әскери өкілдік бастығының әскери атағы</translation>
    </message>
    <message>
        <source>build a demo office (fictional plant) at --db</source>
        <translation>--db жолында демо әскери өкілдік құру (ойдан шығарылған кәсіпорын)</translation>
    </message>
    <message>
        <source>fill the contracts and the control list up to N rows (scale tests)</source>
        <translation>шарттар мен тізбені N жолға дейін толтыру (жүктеме сынақтары)</translation>
    </message>
    <message>
        <source>replace an existing demo database at the same path</source>
        <translation>сол жолдағы бар демо дерекқорды ауыстыру</translation>
    </message>
    <message>
        <source>show the office, users, record counts and files</source>
        <translation>әскери өкілдікті, пайдаланушыларды, жазбалар санын және файлдарды көрсету</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON пішімінде шығару</translation>
    </message>
    <message>
        <source>audit journal</source>
        <translation>аудит журналы</translation>
    </message>
    <message>
        <source>check the hash chain of the audit journal</source>
        <translation>аудит журналының хеш тізбегін тексеру</translation>
    </message>
    <message>
        <source>set a new password for an account with the recovery code (also enables it)</source>
        <translation>қалпына келтіру кодымен тіркелгіге жаңа құпиясөз орнату (тіркелгі қайта қосылады)</translation>
    </message>
    <message>
        <source>The recovery code is read from the MILREP_RECOVERY_CODE environment variable or asked for; the new password from MILREP_PASSWORD, --password-file or asked for twice.</source>
        <translation>Қалпына келтіру коды MILREP_RECOVERY_CODE орта айнымалысынан алынады немесе сұралады; жаңа құпиясөз MILREP_PASSWORD айнымалысынан, --password-file файлынан алынады немесе екі рет сұралады.</translation>
    </message>
    <message>
        <source>the account to recover</source>
        <translation>қалпына келтірілетін тіркелгі</translation>
    </message>
    <message>
        <source>write an encrypted copy of the database and its key file</source>
        <translation>дерекқордың және оның кілттер файлының шифрланған көшірмесін жазу</translation>
    </message>
    <message>
        <source>the copy to write (FILE.keys is written beside it)</source>
        <translation>жазылатын көшірме (жанына FILE.keys жазылады)</translation>
    </message>
    <message>
        <source>overwrite an existing copy</source>
        <translation>бар көшірмені қайта жазу</translation>
    </message>
    <message>
        <source>not a whole number: {v}</source>
        <translation>бүтін сан емес: {v}</translation>
    </message>
    <message>
        <source>must not be negative: {v}</source>
        <translation>теріс болмауы тиіс: {v}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Болдырылмады.</translation>
    </message>
    <message>
        <source>No graphical display is available (DISPLAY and WAYLAND_DISPLAY are not set). Start milrep from a desktop session, or use the command-line subcommands (milrep --help). For automated runs set QT_QPA_PLATFORM=offscreen.</source>
        <translation>Графикалық дисплей қолжетімсіз (DISPLAY және WAYLAND_DISPLAY орнатылмаған). milrep бағдарламасын графикалық сеанстан іске қосыңыз немесе пәрмен жолының ішкі командаларын пайдаланыңыз (milrep --help). Автоматты іске қосу үшін QT_QPA_PLATFORM=offscreen орнатыңыз.</translation>
    </message>
    <message>
        <source>No desktop interface is installed (no &quot;gui&quot; entry point in the milrep.frontends group). Reinstall milrep (pip install -e . in a development checkout), or use the command-line subcommands (milrep --help).</source>
        <translation>Графикалық интерфейс орнатылмаған (milrep.frontends тобында «gui» кіру нүктесі жоқ). milrep бағдарламасын қайта орнатыңыз (әзірлеу көшірмесінде pip install -e .) немесе пәрмен жолының ішкі командаларын пайдаланыңыз (milrep --help).</translation>
    </message>
    <message>
        <source>The desktop interface cannot be loaded ({reason}). Reinstall milrep with its PySide6 dependency, or use the command-line subcommands (milrep --help).</source>
        <translation>Графикалық интерфейсті жүктеу мүмкін емес ({reason}). milrep бағдарламасын PySide6 тәуелділігімен бірге қайта орнатыңыз немесе пәрмен жолының ішкі командаларын пайдаланыңыз (milrep --help).</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Әскери өкілдік коды</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Әскери өкілдік атауы</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <source>Workstation code</source>
        <translation>Жұмыс орнының коды</translation>
    </message>
    <message>
        <source>Workstation name</source>
        <translation>Жұмыс орнының атауы</translation>
    </message>
    <message>
        <source>User name of the head of office</source>
        <translation>Әскери өкілдік бастығының пайдаланушы аты</translation>
    </message>
    <message>
        <source>Full name of the head of office</source>
        <translation>Әскери өкілдік бастығының тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Rank of the head of office</source>
        <translation>Әскери өкілдік бастығының әскери атағы</translation>
    </message>
    <message>
        <source>Password of {user}: </source>
        <translation>{user} құпиясөзі: </translation>
    </message>
    <message>
        <source>Office database created: {path}</source>
        <translation>Әскери өкілдіктің дерекқоры құрылды: {path}</translation>
    </message>
    <message>
        <source>Key file: {path} (keep it with the database and back up both).</source>
        <translation>Кілттер файлы: {path} (оны дерекқормен бірге сақтаңыз және екеуінің де сақтық көшірмесін жасаңыз).</translation>
    </message>
    <message>
        <source>RECOVERY CODE (shown only this once):</source>
        <translation>ҚАЛПЫНА КЕЛТІРУ КОДЫ (тек бір рет көрсетіледі):</translation>
    </message>
    <message>
        <source>Print this code or copy it by hand, seal it in an envelope, sign across the seal and lock it in the office safe. It opens the database if every password is lost, so anyone who holds it can read all of the office&apos;s data. It is not stored anywhere and cannot be shown again.</source>
        <translation>Бұл кодты басып шығарыңыз немесе қолмен көшіріп жазыңыз, конвертке салып желімдеңіз, желімделген жердің үстінен қол қойыңыз және әскери өкілдіктің сейфіне құлыптап қойыңыз. Барлық құпиясөздер жоғалса, ол дерекқорды ашады, сондықтан оны иеленген кез келген адам әскери өкілдіктің барлық деректерін оқи алады. Код еш жерде сақталмайды және қайта көрсетілмейді.</translation>
    </message>
    <message>
        <source>Password for the demo users: </source>
        <translation>Демо пайдаланушыларға арналған құпиясөз: </translation>
    </message>
    <message>
        <source>{path} already exists. Use --force to replace a demo database, or choose another file with --db.</source>
        <translation>{path} бұрыннан бар. Демо дерекқорды ауыстыру үшін --force пайдаланыңыз немесе --db арқылы басқа файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>Filling: {done:,} of {total:,} rows</source>
        <translation>Толтыру: {total:,} жолдың {done:,} жолы</translation>
    </message>
    <message>
        <source>Demo office built: {path}</source>
        <translation>Демо әскери өкілдік құрылды: {path}</translation>
    </message>
    <message>
        <source>Users (all with the password you gave): {users}</source>
        <translation>Пайдаланушылар (барлығында сіз берген құпиясөз): {users}</translation>
    </message>
    <message>
        <source>Open it with: milrep --db {path} gui</source>
        <translation>Ашу үшін: milrep --db {path} gui</translation>
    </message>
    <message>
        <source>Checked {done:,} entries</source>
        <translation>Тексерілген жазбалар: {done:,}</translation>
    </message>
    <message>
        <source>Audit journal intact: {n:,} entries, the hash chain is unbroken.</source>
        <translation>Аудит журналы бүтін: {n:,} жазба, хеш тізбегі үзілмеген.</translation>
    </message>
    <message>
        <source>AUDIT JOURNAL DAMAGED: {k} problem(s) in {n:,} entries:</source>
        <translation>АУДИТ ЖУРНАЛЫ ЗАҚЫМДАЛҒАН: {n:,} жазбада {k} ақау:</translation>
    </message>
    <message>
        <source>  entry {seq}: {problem}</source>
        <translation>  жазба {seq}: {problem}</translation>
    </message>
    <message>
        <source>User name of the account to recover</source>
        <translation>Қалпына келтірілетін тіркелгінің пайдаланушы аты</translation>
    </message>
    <message>
        <source>No recovery code given: set MILREP_RECOVERY_CODE, or run milrep in a terminal to be asked for it.</source>
        <translation>Қалпына келтіру коды берілмеген: MILREP_RECOVERY_CODE орнатыңыз немесе код сұралуы үшін milrep бағдарламасын терминалда іске қосыңыз.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Қалпына келтіру коды: </translation>
    </message>
    <message>
        <source>New password of {user}: </source>
        <translation>{user} пайдаланушысының жаңа құпиясөзі: </translation>
    </message>
    <message>
        <source>The new password of {user} is set and the account is enabled. The audit journal records that the recovery code was used; keep the code sealed again.</source>
        <translation>{user} пайдаланушысының жаңа құпиясөзі орнатылды, тіркелгі қосылды. Қалпына келтіру кодының пайдаланылғаны аудит журналында тіркелді; кодты қайтадан желімделген конвертте сақтаңыз.</translation>
    </message>
    <message>
        <source>Copied {done:,} of {total:,} pages</source>
        <translation>Көшірілді: {total:,} беттің {done:,} беті</translation>
    </message>
    <message>
        <source>Encrypted backup written: {path} ({size:,} bytes)</source>
        <translation>Шифрланған сақтық көшірме жазылды: {path} ({size:,} байт)</translation>
    </message>
    <message>
        <source>Key file copied: {path}. Keep both files together; the copy opens with the same passwords as the database.</source>
        <translation>Кілттер файлы көшірілді: {path}. Екі файлды бірге сақтаңыз; көшірме дерекқор ашылатын құпиясөздермен ашылады.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>{n} failed sign-in attempts since your last sign-in.</source>
        <translation>Соңғы кіруіңізден бері сәтсіз кіру әрекеттері: {n}.</translation>
    </message>
    <message>
        <source>The last one: {when}.</source>
        <translation>Соңғысы: {when}.</translation>
    </message>
    <message>
        <source>If it was not you, tell the head of office.</source>
        <translation>Егер бұл сіз болмасаңыз, өкілдік бастығына хабарлаңыз.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Ескерту: {text}</translation>
    </message>
    <message>
        <source>The password file {path} cannot be read: {reason}</source>
        <translation>{path} құпиясөз файлын оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>The password file {path} is empty.</source>
        <translation>{path} құпиясөз файлы бос.</translation>
    </message>
    <message>
        <source>No password given: set MILREP_PASSWORD, use --password-file, or run milrep in a terminal to be asked for it.</source>
        <translation>Құпиясөз берілмеген: MILREP_PASSWORD орнатыңыз, --password-file пайдаланыңыз немесе құпиясөз сұралуы үшін milrep бағдарламасын терминалда іске қосыңыз.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Құпиясөзді қайталаңыз: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
    <message>
        <source>{flag} is required when not running in a terminal.</source>
        <translation>Терминалдан тыс іске қосылғанда {flag} параметрі міндетті.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>«{field}» өрісін толтырыңыз.</translation>
    </message>
    <message>
        <source>{field}: &quot;{value}&quot; is not an amount.</source>
        <translation>«{field}»: «{value}» сома емес.</translation>
    </message>
    <message>
        <source>{field} must be a positive amount.</source>
        <translation>«{field}»: сома нөлден үлкен болуы тиіс.</translation>
    </message>
    <message>
        <source>{field} has more than two decimal places.</source>
        <translation>«{field}»: үтірден кейін екі таңбадан артық.</translation>
    </message>
    <message>
        <source>{field}: &quot;{value}&quot; is not a number.</source>
        <translation>«{field}»: «{value}» сан емес.</translation>
    </message>
    <message>
        <source>{field} must be greater than zero.</source>
        <translation>«{field}»: мән нөлден үлкен болуы тиіс.</translation>
    </message>
    <message>
        <source>A BIN is exactly 12 digits.</source>
        <translation>БСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>{last} cannot be earlier than {first}.</source>
        <translation>«{last}» мәні «{first}» мәнінен ерте болмауы тиіс.</translation>
    </message>
    <message>
        <source>The backup cannot replace the database itself; choose another file.</source>
        <translation>Сақтық көшірме дерекқордың өзін алмастыра алмайды; басқа файлды таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another file name or allow overwriting.</source>
        <translation>{path} бұрыннан бар. Басқа файл атын таңдаңыз немесе қайта жазуға рұқсат етіңіз.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>{path} қалтасы жоқ.</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>Сақтық көшірмені жазу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>The backup copy is not encrypted; it was deleted. Report this to the developers.</source>
        <translation>Сақтық көшірме шифрланбаған, сондықтан жойылды. Бұл туралы әзірлеушілерге хабарлаңыз.</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({reason}); it was deleted.</source>
        <translation>Сақтық көшірме тексеруден өтпеді ({reason}) және жойылды.</translation>
    </message>
    <message>
        <source>The demo password does not fit the password rules ({reason}) for the demo users chief, rep1, rep2 and clerk. Choose e.g. a 10+ character password of letters and digits.</source>
        <translation>Демо құпиясөз chief, rep1, rep2 және clerk демо пайдаланушыларына арналған құпиясөз ережелеріне сәйкес келмейді ({reason}). Мысалы, әріптер мен цифрлардан тұратын кемінде 10 таңбалы құпиясөз таңдаңыз.</translation>
    </message>
    <message>
        <source>{path} is not replaced: it does not open as a demo office with this password ({reason}). Delete it yourself if you really mean to.</source>
        <translation>{path} ауыстырылмады: ол осы құпиясөзбен демо әскери өкілдік ретінде ашылмайды ({reason}). Шынымен қажет болса, оны өзіңіз жойыңыз.</translation>
    </message>
    <message>
        <source>{path} is a real office database, not a demo; it is not replaced.</source>
        <translation>{path} — демо емес, әскери өкілдіктің нақты дерекқоры; ол ауыстырылмады.</translation>
    </message>
    <message>
        <source>Add the contractor and the authorized body before generating records.</source>
        <translation>Жазбаларды жасамас бұрын МҚТ орындаушысын және уәкілетті органды қосыңыз.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Дерекқор: {path}</translation>
    </message>
    <message>
        <source>Office: {code} — {name} at {plant}</source>
        <translation>Әскери өкілдік: {code} — {name}, кәсіпорын: {plant}</translation>
    </message>
    <message>
        <source>Workstation: {code} — {name}</source>
        <translation>Жұмыс орны: {code} — {name}</translation>
    </message>
    <message>
        <source>Users: {active} active of {total}</source>
        <translation>Пайдаланушылар: {total} ішінен {active} белсенді</translation>
    </message>
    <message>
        <source>Schema revision: {rev}</source>
        <translation>Схема нұсқасы: {rev}</translation>
    </message>
    <message>
        <source>SQLCipher: {version}</source>
        <translation>SQLCipher: {version}</translation>
    </message>
    <message>
        <source>Key slots: {users}; recovery slot: {recovery}</source>
        <translation>Кілт слоттары: {users}; қалпына келтіру слоты: {recovery}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Жазбалар:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файлдар:</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Enter the user name of the account to recover.</source>
        <translation>Қалпына келтірілетін тіркелгінің пайдаланушы атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>There is no user {user} in this database.</source>
        <translation>Бұл дерекқорда {user} пайдаланушысы жоқ.</translation>
    </message>
    <message>
        <source>{action} is refused: suspension {number} is in force for these goods. It ends only with a resumption decision of the head of office.</source>
        <translation>«{action}» рұқсат етілмейді: бұл өнімге қатысты {number} тоқтата тұру күшінде. Ол әскери өкілдік бастығының қайта бастау туралы шешімімен ғана аяқталады.</translation>
    </message>
    <message>
        <source>Unknown inspection level “{level}”: use I, II, III or S-1 to S-4.</source>
        <extracomment>A raw table cell: a plan, an arrow, or ``None`` for a cell the table leaves empty. The code letters Table I can give, smallest sample first (I and O are not used by the standard).</extracomment>
        <translation>«{level}» бақылау деңгейі белгісіз: I, II, III немесе S-1…S-4 пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Unknown severity of inspection “{severity}”: use normal, tightened or reduced.</source>
        <translation>«{severity}» бақылау қатаңдығы белгісіз: normal (қалыпты), tightened (күшейтілген) немесе reduced (жеңілдетілген) пайдаланыңыз.</translation>
    </message>
    <message>
        <source>AQL {aql} is not in the ISO 2859-1 series (0.010, 0.015, 0.025 … 650, 1000).</source>
        <translation>AQL {aql} мәні ISO 2859-1 қатарында жоқ (0.010, 0.015, 0.025 … 650, 1000).</translation>
    </message>
    <message>
        <source>The lot size must be a whole number of at least 1 (got {value}).</source>
        <translation>Партия көлемі кемінде 1 болатын бүтін сан болуы тиіс (көрсетілгені: {value}).</translation>
    </message>
    <message>
        <source>Unknown sample size code letter “{letter}”.</source>
        <translation>«{letter}» іріктеме көлемінің код әрпі белгісіз.</translation>
    </message>
    <message>
        <source>The {severity} table has no plan for code letter {letter} at AQL {aql}.</source>
        <translation>«{severity}» кестесінде AQL {aql} кезінде {letter} код әрпі үшін жоспар жоқ.</translation>
    </message>
    <message>
        <source>Code letter {letter}: inspect all {n} items (100 %), accept with at most {ac} nonconforming, reject with {re} or more.</source>
        <translation>{letter} код әрпі: барлық {n} бірлікті бақылау (100 %); сәйкес келмейтін бірліктер {ac} аспаса — қабылдау, {re} немесе одан көп болса — қабылдамау.</translation>
    </message>
    <message>
        <source>Code letter {letter}: sample {n} items, accept with at most {ac} nonconforming, reject with {re} or more.</source>
        <translation>{letter} код әрпі: іріктеме көлемі {n}; сәйкес келмейтін бірліктер {ac} аспаса — қабылдау, {re} немесе одан көп болса — қабылдамау.</translation>
    </message>
    <message>
        <source>The number of nonconforming items must be between 0 and the sample size {n} (got {value}).</source>
        <translation>Сәйкес келмейтін бірліктер саны 0-ден іріктеме көлеміне ({n}) дейін болуы тиіс (көрсетілгені: {value}).</translation>
    </message>
    <message>
        <source>Accepted: {d} nonconforming in {n} inspected, acceptance number {ac}.</source>
        <translation>Қабылданды: бақыланған {n} бірліктің {d} сәйкес келмейді, қабылдау саны {ac}.</translation>
    </message>
    <message>
        <source>Not accepted: {d} nonconforming in {n} inspected reaches the rejection number {re}.</source>
        <translation>Қабылданбады: бақыланған {n} бірліктің {d} сәйкес келмейді, жарамсыздық санына ({re}) жетті.</translation>
    </message>
    <message>
        <source>Accepted: {d} nonconforming in {n} inspected is above the acceptance number {ac} but below the rejection number {re}; normal inspection is reinstated from the next lot.</source>
        <translation>Қабылданды: бақыланған {n} бірліктің {d} сәйкес келмейді, бұл қабылдау санынан ({ac}) көп, бірақ жарамсыздық санынан ({re}) аз; келесі партиядан бастап қалыпты бақылау қалпына келтіріледі.</translation>
    </message>
    <message>
        <source>Tightened inspection: 2 of 5 or fewer consecutive lots were not accepted.</source>
        <translation>Күшейтілген бақылау: қатарынан 5 немесе одан аз партияның 2-еуі қабылданбады.</translation>
    </message>
    <message>
        <source>Normal inspection: 5 consecutive lots were accepted on tightened inspection.</source>
        <translation>Қалыпты бақылау: күшейтілген бақылау кезінде қатарынан 5 партия қабылданды.</translation>
    </message>
    <message>
        <source>Reduced inspection: switching score of 30 reached, production steady, approved by the responsible authority.</source>
        <translation>Жеңілдетілген бақылау: ауысу көрсеткіші 30-ға жетті, өндіріс тұрақты, жауапты тарап келісті.</translation>
    </message>
    <message>
        <source>Normal inspection: a lot was not accepted on reduced inspection.</source>
        <translation>Қалыпты бақылау: жеңілдетілген бақылау кезінде партия қабылданбады.</translation>
    </message>
    <message>
        <source>Normal inspection: on reduced inspection the nonconforming count was above the acceptance number.</source>
        <translation>Қалыпты бақылау: жеңілдетілген бақылау кезінде сәйкес келмейтін бірліктер саны қабылдау санынан асты.</translation>
    </message>
    <message>
        <source>Normal inspection: production became irregular or delayed.</source>
        <translation>Қалыпты бақылау: өндіріс тұрақсыз болды немесе кешігуде.</translation>
    </message>
    <message>
        <source>Normal inspection: other conditions warrant it.</source>
        <translation>Қалыпты бақылау: оны басқа жағдайлар талап етеді.</translation>
    </message>
    <message>
        <source>Inspection discontinued: 5 lots were not accepted on tightened inspection. Resume on tightened inspection after the supplier&apos;s corrective action.</source>
        <translation>Бақылау тоқтатылды: күшейтілген бақылау кезінде 5 партия қабылданбады. Жеткізушінің түзету әрекеттерінен кейін бақылауды күшейтілген түрде қайта бастаңыз.</translation>
    </message>
    <message>
        <source>Inspection resumed on tightened inspection after corrective action.</source>
        <translation>Түзету әрекеттерінен кейін бақылау күшейтілген түрде қайта басталды.</translation>
    </message>
    <message>
        <source>Sampling inspection of this item is discontinued after 5 lots were not accepted on tightened inspection; resume on tightened inspection once the supplier&apos;s corrective action is accepted.</source>
        <extracomment>Clause 9.3.3: reduced inspection may start once the switching score reaches this value. Clause 9.3.1: tightened when this many of the last 5 (or fewer) lots are not accepted. Clause 9.3.2: back to normal after this many consecutive accepted lots on tightened. Clause 9.4: discontinue when the not-accepted lots on tightened inspection add up to this.</extracomment>
        <translation>Күшейтілген бақылау кезінде 5 партия қабылданбағандықтан, осы позицияны іріктеп бақылау тоқтатылды; жеткізушінің түзету әрекеттері қабылданғанда бақылауды күшейтілген түрде қайта бастаңыз.</translation>
    </message>
    <message>
        <source>The lot was inspected with a {used} plan but the item is on {current} inspection.</source>
        <translation>Партия «{used}» жоспары бойынша бақыланды, ал позиция үшін «{current}» бақылауы белгіленген.</translation>
    </message>
    <message>
        <source>{d} nonconforming items do not match the recorded decision on the lot.</source>
        <translation>Сәйкес келмейтін бірліктер саны ({d}) партия бойынша жазылған шешімге сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The number of nonconforming items is needed to update the switching score.</source>
        <translation>Ауысу көрсеткішін жаңарту үшін сәйкес келмейтін бірліктер саны қажет.</translation>
    </message>
    <message>
        <source>Sampling inspection of this item is not discontinued.</source>
        <translation>Осы позицияны іріктеп бақылау тоқтатылмаған.</translation>
    </message>
    <message>
        <source>critical</source>
        <extracomment>The two answers of a pass/fail attribute (one without a list of allowed answers).</extracomment>
        <translation>сыни</translation>
    </message>
    <message>
        <source>major</source>
        <translation>елеулі</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>елеусіз</translation>
    </message>
    <message>
        <source>Critical nonconformity ({names}) on unit {units}: zero tolerance, the lot is returned.</source>
        <translation>{units} бірлігінде сыни сәйкессіздік ({names}): сыни сәйкессіздіктерге жол берілмейді, партия қайтарылады.</translation>
    </message>
    <message>
        <source>The set is incomplete: {lines}.</source>
        <translation>Жинақ толық емес: {lines}.</translation>
    </message>
    <message>
        <source>Units with {severity} nonconformities: {d} of {n} inspected, which reaches the rejection number {re}.</source>
        <translation>Сәйкессіздіктері бар бірліктер (санаты: {severity}): бақыланған {n} бірліктің {d} — жарамсыздық санына ({re}) жетті.</translation>
    </message>
    <message>
        <source>No verdict yet. Results missing: {n}.</source>
        <translation>Қорытынды әлі жоқ. Жетіспейтін нәтижелер: {n}.</translation>
    </message>
    <message>
        <source>Every result conforms ({n} units inspected).</source>
        <translation>Барлық нәтижелер талаптарға сәйкес (бақыланған бірліктер: {n}).</translation>
    </message>
    <message>
        <source>Every unit inspected has a nonconformity.</source>
        <translation>Бақыланған әр бірлікте сәйкессіздік бар.</translation>
    </message>
    <message>
        <source>{bad} of {n} units have nonconformities ({units}): accept the other {good}, reject these.</source>
        <translation>{n} бірліктің {bad} сәйкессіздігі бар ({units}): қалған {good} бірлікті қабылдап, бұларды қабылдамаңыз.</translation>
    </message>
    <message>
        <source>Nonconforming units in the sample ({units}) are within the acceptance numbers: the lot is accepted; those units may be rejected.</source>
        <translation>Іріктемедегі сәйкес келмейтін бірліктер ({units}) қабылдау сандарынан аспайды: партия қабылданады; бұл бірліктерді қабылдамауға болады.</translation>
    </message>
    <message>
        <source>Acceptance test</source>
        <translation>Қабылдау-тапсыру сынақтары</translation>
    </message>
    <message>
        <source>on the return of lot {lot} of {item} for rework</source>
        <translation>{item}: {lot} партиясын пысықтауға қайтару туралы</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>{kind}, protocol No. {protocol}</source>
        <translation>{kind}, № {protocol} хаттама</translation>
    </message>
    <message>
        <source>The military representative office returns the lot named above to the contractor: it does not meet the requirements of the technical documentation and the contract. The defects found are listed below.</source>
        <translation>Әскери өкілдік жоғарыда аталған партияны техникалық құжаттама мен шарт талаптарына сәйкес келмейтіндіктен орындаушыға қайтарады. Анықталған ақаулар төменде келтірілген.</translation>
    </message>
    <message>
        <source>Defects found</source>
        <translation>Анықталған ақаулар</translation>
    </message>
    <message>
        <source>found {found} of {expected} {unit}</source>
        <translation>{expected} {unit} ішінен нақты {found}</translation>
    </message>
    <message>
        <source>Completeness: {name}</source>
        <translation>Жинақтылық: {name}</translation>
    </message>
    <message>
        <source>{expected} {unit}</source>
        <translation>{expected} {unit}</translation>
    </message>
    <message>
        <source>sample {n}</source>
        <translation>{n}-үлгі</translation>
    </message>
    <message>
        <source>Unit (serial No.)</source>
        <translation>Бұйым (зауыт №)</translation>
    </message>
    <message>
        <source>The inspection recorded no nonconforming result; the reason for the return is given below.</source>
        <translation>Бақылау сәйкес емес нәтиже анықтаған жоқ; қайтару негіздемесі төменде келтірілген.</translation>
    </message>
    <message>
        <source>Reason for the return: {reason}</source>
        <translation>Қайтару негіздемесі: {reason}</translation>
    </message>
    <message>
        <source>Nonconformities registered</source>
        <translation>Тіркелген сәйкессіздіктер</translation>
    </message>
    <message>
        <source>The contractor shall</source>
        <translation>Орындаушыға міндетті</translation>
    </message>
    <message>
        <source>analyse the causes of the defects and take corrective actions that prevent them from recurring;</source>
        <translation>ақаулардың себептерін талдап, олардың қайталануын болдырмайтын түзету әрекеттерін қабылдау;</translation>
    </message>
    <message>
        <source>rework the lot (remove the defects from every unit concerned) and inspect it again in its quality department (OTK);</source>
        <translation>партияны пысықтау (ақаулары бар әрбір бұйымдағы ақауларды жою) және оны ТББ-да қайта бақылау;</translation>
    </message>
    <message>
        <source>present the lot again with a new notice of presentation as attempt {attempt}, with the report on the causes and the actions taken.</source>
        <translation>партияны жаңа ұсыну туралы хабарламамен ({attempt}-ұсыну) ақаулардың себептері және қабылданған шаралар туралы есеппен қайта ұсыну.</translation>
    </message>
    <message>
        <source>At the next presentation only these characteristics are re-tested: {names}.</source>
        <translation>Қайта ұсынған кезде тек мына сипаттамалар тексеріледі: {names}.</translation>
    </message>
    <message>
        <source>Received for the contractor</source>
        <translation>Орындаушы атынан алды</translation>
    </message>
    <message>
        <source>Work stage inspection</source>
        <translation>Жұмыс кезеңін бақылау</translation>
    </message>
    <message>
        <source>Service act inspection</source>
        <translation>Көрсетілген қызметтер актісін тексеру</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Accept in part</source>
        <translation>Ішінара қабылдау</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Notice {number} is not awaiting inspection: an inspection can only be opened once.</source>
        <translation>{number} хабарламасы бақылауды күтпейді: бақылауды тек бір рет ашуға болады.</translation>
    </message>
    <message>
        <source>&quot;{kind}&quot; does not fit &quot;{item}&quot;; choose: {allowed}.</source>
        <translation>«{kind}» «{item}» үшін сай келмейді; таңдаңыз: {allowed}.</translation>
    </message>
    <message>
        <source>Lot {lot} has not been returned before: only a presentation after a return re-tests the failed characteristics alone.</source>
        <translation>{lot} партиясы бұрын қайтарылмаған: тек қайтарудан кейінгі ұсынуда сәйкес келмеген сипаттамалар ғана қайта тексеріледі.</translation>
    </message>
    <message>
        <source>Return notice {number} lists no characteristic to re-test: open a full inspection.</source>
        <translation>{number} қайтару туралы хабарламада қайта тексерілетін сипаттама жоқ: толық бақылауды ашыңыз.</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; has no characteristics to check: enter its requirements first.</source>
        <translation>«{item}» үшін тексерілетін сипаттамалар жоқ: алдымен оның талаптарын енгізіңіз.</translation>
    </message>
    <message>
        <source>That completeness line is not part of this inspection.</source>
        <translation>Бұл жинақтылық жолы осы бақылауға жатпайды.</translation>
    </message>
    <message>
        <source>{name}: the quantity found must be a whole number, zero or more.</source>
        <translation>{name}: нақты саны нөлден кем емес бүтін сан болуы тиіс.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <source>&quot;{media}&quot; is not a media type such as image/jpeg.</source>
        <translation>«{media}» image/jpeg сияқты мазмұн түрі емес.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>{name} файлы бос.</translation>
    </message>
    <message>
        <source>The file {name} is larger than 20 MB.</source>
        <translation>{name} файлы 20 МБ-тан үлкен.</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>The lot cannot be accepted yet. {reason}</source>
        <translation>Партияны әзірге қабылдауға болмайды. {reason}</translation>
    </message>
    <message>
        <source>The rules return this lot: {reason} It cannot be accepted.</source>
        <translation>Ережелер бойынша бұл партия қайтарылады: {reason} Оны қабылдауға болмайды.</translation>
    </message>
    <message>
        <source>The rules do not return this lot ({computed}). Give the reason for returning it.</source>
        <translation>Ережелер бойынша бұл партия қайтарылмайды ({computed}). Қайтару себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>A return sends back the whole presentation: give no accepted or rejected units.</source>
        <translation>Қайтару кезінде ұсынылғанның бәрі қайтарылады: қабылданған немесе қабылданбаған бірліктерді көрсетпеңіз.</translation>
    </message>
    <message>
        <source>Choose accept, accept in part or return.</source>
        <translation>Таңдаңыз: қабылдау, ішінара қабылдау немесе қайтару.</translation>
    </message>
    <message>
        <source>The inspection no longer exists.</source>
        <translation>Мұндай бақылау енді жоқ.</translation>
    </message>
    <message>
        <source>The notice of presentation no longer exists.</source>
        <translation>Ұсыну туралы хабарлама енді жоқ.</translation>
    </message>
    <message>
        <source>The lot no longer exists.</source>
        <translation>Партия енді жоқ.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>жарамсыз</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>шектерсіз</translation>
    </message>
    <message>
        <source>{first} … {last} ({count} units)</source>
        <translation>{first} … {last} ({count} дана)</translation>
    </message>
    <message>
        <source>The inspection of notice {number} is already decided: its results and decision can no longer change.</source>
        <translation>{number} хабарламасы бойынша бақылау туралы шешім қабылданған: оның нәтижелері мен шешімін бұдан былай өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; has been returned {n} times in a row (threshold {threshold}): a suspension of acceptance and shipment is proposed.</source>
        <translation>«{item}» қатарынан {n} рет қайтарылды (шегі {threshold}): қабылдау мен жөнелтуді тоқтата тұру ұсынылады.</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; has a fixed sample plan without a sample size: complete its requirements first.</source>
        <translation>«{item}» үшін іріктеме көлемі жоқ тіркелген іріктеме жоспары берілген: алдымен талаптарын толықтырыңыз.</translation>
    </message>
    <message>
        <source>Sampling inspection of &quot;{item}&quot; is discontinued after 5 lots were not accepted on tightened inspection: resume it once the plant&apos;s corrective action is accepted.</source>
        <translation>Күшейтілген бақылау кезінде 5 партия қабылданбағандықтан, «{item}» іріктеп бақылау тоқтатылды: кәсіпорынның түзету әрекеттері қабылданғанда оны қайта бастаңыз.</translation>
    </message>
    <message>
        <source>Quantities must be whole numbers, zero or more.</source>
        <translation>Сандар нөлден кем емес бүтін сандар болуы тиіс.</translation>
    </message>
    <message>
        <source>Only {quantity} units were presented with notice {number}: {value} is more than that.</source>
        <translation>{number} хабарламасымен тек {quantity} бірлік ұсынылды: {value} одан көп.</translation>
    </message>
    <message>
        <source>The presentation has no serial numbers: give quantities.</source>
        <translation>Ұсынуда зауыттық нөмірлер жоқ: сандарын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The units presented have serial numbers: list the serials accepted or rejected.</source>
        <translation>Ұсынылған бірліктердің зауыттық нөмірлері бар: қабылданған немесе қабылданбаған нөмірлерді тізіп жазыңыз.</translation>
    </message>
    <message>
        <source>Not presented with notice {number}: {serials}.</source>
        <translation>{number} хабарламасымен ұсынылмаған: {serials}.</translation>
    </message>
    <message>
        <source>Each serial number is either accepted or rejected, once.</source>
        <translation>Әр зауыттық нөмір бір рет қана көрсетіледі: не қабылданған, не қабылданбаған ретінде.</translation>
    </message>
    <message>
        <source>The quantity ({given}) differs from the number of serials ({n}).</source>
        <translation>Саны ({given}) зауыттық нөмірлер санына ({n}) сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Give the accepted and rejected quantities or serial numbers.</source>
        <translation>Қабылданған және қабылданбаған бірліктердің санын немесе зауыттық нөмірлерін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Accepted ({accepted}) and rejected ({rejected}) must add up to the presented quantity ({quantity}).</source>
        <translation>Қабылданғандар ({accepted}) мен қабылданбағандардың ({rejected}) қосындысы ұсынылған санға ({quantity}) тең болуы тиіс.</translation>
    </message>
    <message>
        <source>Accepting the whole presentation rejects nothing: choose to accept in part.</source>
        <translation>Ұсынылғанның бәрін қабылдағанда ештеңе қабылданбай қалмайды: ішінара қабылдауды таңдаңыз.</translation>
    </message>
    <message>
        <source>A partial acceptance accepts some units and rejects some.</source>
        <translation>Ішінара қабылдауда бірліктердің бір бөлігі қабылданады, бір бөлігі қабылданбайды.</translation>
    </message>
    <message>
        <source>Units with nonconformities cannot be accepted: {reason}</source>
        <translation>Сәйкессіздіктері бар бірліктерді қабылдауға болмайды: {reason}</translation>
    </message>
    <message>
        <source>Instrument {name} No. {serial} is retired from the register and cannot be edited.</source>
        <translation>{name} № {serial} өлшеу құралы тізілімнен шығарылған, оны өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Instrument {name} No. {serial} is already retired.</source>
        <translation>{name} № {serial} өлшеу құралы тізілімнен бұрын шығарылған.</translation>
    </message>
    <message>
        <source>The measuring instrument no longer exists.</source>
        <translation>Мұндай өлшеу құралы енді жоқ.</translation>
    </message>
    <message>
        <source>Instrument {name} No. {serial} is retired from the register; a measurement with it is refused. Choose another instrument.</source>
        <translation>{name} № {serial} өлшеу құралы тізілімнен шығарылған; онымен жасалған өлшеу қабылданбайды. Басқа өлшеу құралын таңдаңыз.</translation>
    </message>
    <message>
        <source>Instrument {name} No. {serial}: calibration expired on {date}; a measurement with it is refused. Recalibrate it or choose another instrument.</source>
        <translation>{name} № {serial} өлшеу құралы: калибрлеу мерзімі {date} өтті; онымен жасалған өлшеу қабылданбайды. Оны қайта калибрлеңіз немесе басқа өлшеу құралын таңдаңыз.</translation>
    </message>
    <message>
        <source>Instrument {name} No. {serial} was calibrated on {calibrated}, after the measurement date {date}; a measurement with it on that date is refused. Choose another instrument or check the date.</source>
        <translation>{name} № {serial} өлшеу құралы {calibrated} калибрленген, яғни өлшеу күнінен ({date}) кейін; онымен сол күні жасалған өлшеу қабылданбайды. Басқа өлшеу құралын таңдаңыз немесе күнін тексеріңіз.</translation>
    </message>
    <message>
        <source>Instrument name</source>
        <translation>Өлшеу құралының атауы</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Зауыттық нөмірі</translation>
    </message>
    <message>
        <source>The serial number is longer than 64 characters.</source>
        <translation>Зауыттық нөмір 64 таңбадан ұзын.</translation>
    </message>
    <message>
        <source>Enter the calibration date and the date the next calibration is due.</source>
        <translation>Калибрлеу күнін және келесі калибрлеу мерзімін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Instrument {name} No. {serial}: the calibration due date {due} must be later than the calibration date {calibrated}.</source>
        <translation>{name} № {serial} өлшеу құралы: келесі калибрлеу мерзімі ({due}) калибрлеу күнінен ({calibrated}) кейін болуы тиіс.</translation>
    </message>
    <message>
        <source>Serial No. {serial} is already in the register: {name}.</source>
        <translation>№ {serial} зауыттық нөмірі тізілімде бұрыннан бар: {name}.</translation>
    </message>
    <message>
        <source>That characteristic is not part of this inspection.</source>
        <translation>Бұл сипаттама осы бақылауға жатпайды.</translation>
    </message>
    <message>
        <source>{name}: the sample number must be from 1 to {n} (got {got}).</source>
        <translation>{name}: үлгінің нөмірі 1-ден {n}-ге дейін болуы тиіс (көрсетілгені: {got}).</translation>
    </message>
    <message>
        <source>{name} is measured: enter a value, not an answer.</source>
        <translation>{name} — өлшенетін сипаттама: жауапты емес, мәнді енгізіңіз.</translation>
    </message>
    <message>
        <source>{name}: choose the measuring instrument used.</source>
        <translation>{name}: пайдаланылған өлшеу құралын таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} is checked by an answer, not a measured value.</source>
        <translation>{name} өлшенген мәнмен емес, жауаппен тексеріледі.</translation>
    </message>
    <message>
        <source>{name}: enter the answer.</source>
        <translation>{name}: жауапты енгізіңіз.</translation>
    </message>
    <message>
        <source>{name}: answer &quot;pass&quot; or &quot;fail&quot;.</source>
        <translation>{name}: жауап — «pass» (жарамды) немесе «fail» (жарамсыз).</translation>
    </message>
    <message>
        <source>{name}: enter the measured value.</source>
        <translation>{name}: өлшенген мәнді енгізіңіз.</translation>
    </message>
    <message>
        <source>{name}: &quot;{value}&quot; is not a number.</source>
        <translation>{name}: «{value}» сан емес.</translation>
    </message>
    <message>
        <source>Unit {serial} is not among the units presented with notice {number}.</source>
        <translation>{serial} бірлігі {number} хабарламасымен ұсынылған бірліктердің арасында жоқ.</translation>
    </message>
    <message>
        <source>Sample {n} is unit {known}, not {serial}.</source>
        <translation>{n}-үлгі — {serial} емес, {known} бірлігі.</translation>
    </message>
    <message>
        <source>Unit {serial} is already sample {n}.</source>
        <translation>{serial} бірлігі бұрыннан {n}-үлгі болып тұр.</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Пысықтау</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Жөндеу</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Түпкілікті жарамсыз</translation>
    </message>
    <message>
        <source>Return to the supplier</source>
        <translation>Жеткізушіге қайтару</translation>
    </message>
    <message>
        <source>Use as is (under a concession)</source>
        <translation>Сол күйінде пайдалану (ауытқуға рұқсат бойынша)</translation>
    </message>
    <message>
        <source>The inspection requirement no longer exists.</source>
        <translation>Мұндай бақылау талабы енді жоқ.</translation>
    </message>
    <message>
        <source>The requirement &quot;{name}&quot; belongs to an inspection of another item.</source>
        <translation>«{name}» талабы басқа позицияны бақылауға жатады.</translation>
    </message>
    <message>
        <source>The requirement &quot;{name}&quot; belongs to an inspection of another lot.</source>
        <translation>«{name}» талабы басқа партияны бақылауға жатады.</translation>
    </message>
    <message>
        <source>The lot does not belong to &quot;{item}&quot;.</source>
        <translation>Партия «{item}» позициясына жатпайды.</translation>
    </message>
    <message>
        <source>Choose the severity.</source>
        <translation>Сәйкессіздік санатын таңдаңыз.</translation>
    </message>
    <message>
        <source>&quot;Use as is&quot; is allowed only under a concession: enter the concession reference.</source>
        <translation>«Сол күйінде пайдалану» тек ауытқуға рұқсат бойынша жол беріледі: рұқсаттың деректемелерін көрсетіңіз.</translation>
    </message>
    <message>
        <source>&quot;Use as is&quot; is allowed only under a concession with an expiry date: enter the date the concession expires.</source>
        <translation>«Сол күйінде пайдалану» тек аяқталу күні бар ауытқуға рұқсат бойынша жол беріледі: рұқсаттың қолданылу мерзімі аяқталатын күнді көрсетіңіз.</translation>
    </message>
    <message>
        <source>Concession {ref} expires on {date}: the expiry date must be in the future.</source>
        <translation>{ref} ауытқуға рұқсатының мерзімі {date} аяқталады: аяқталу күні болашақта болуы тиіс.</translation>
    </message>
    <message>
        <source>A concession applies only to the disposition &quot;Use as is&quot;.</source>
        <translation>Ауытқуға рұқсат тек «Сол күйінде пайдалану» шешіміне қолданылады.</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Түзету әрекеті</translation>
    </message>
    <message>
        <source>Record the corrective action before verifying its effect.</source>
        <translation>Нәтижелілігін тексермес бұрын түзету әрекетін жазыңыз.</translation>
    </message>
    <message>
        <source>Verification of effect</source>
        <translation>Нәтижелілігін тексеру</translation>
    </message>
    <message>
        <source>the disposition</source>
        <translation>сәйкессіздік бойынша шешім</translation>
    </message>
    <message>
        <source>the corrective action</source>
        <translation>түзету әрекеті</translation>
    </message>
    <message>
        <source>the verification of its effect</source>
        <translation>оның нәтижелілігін тексеру</translation>
    </message>
    <message>
        <source>Nonconformity {label} cannot be closed without {missing}.</source>
        <translation>{label} сәйкессіздігін жабуға болмайды, жетіспейді: {missing}.</translation>
    </message>
    <message>
        <source>Nonconformity {label} is already open.</source>
        <translation>{label} сәйкессіздігі бұрыннан ашық.</translation>
    </message>
    <message>
        <source>&quot;{description}&quot; raised on {date}</source>
        <translation>«{description}», {date} тіркелген</translation>
    </message>
    <message>
        <source>The nonconformity no longer exists.</source>
        <translation>Мұндай сәйкессіздік енді жоқ.</translation>
    </message>
    <message>
        <source>Nonconformity {label} is closed: reopen it to change it.</source>
        <translation>{label} сәйкессіздігі жабылған: оны өзгерту үшін қайта ашыңыз.</translation>
    </message>
    <message>
        <source>Awaiting inspection</source>
        <translation>Бақылауды күтуде</translation>
    </message>
    <message>
        <source>In inspection</source>
        <translation>Бақылауда</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Ішінара қабылданды</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Кері алынды</translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation>Хабарламаның нөмірі</translation>
    </message>
    <message>
        <source>Lot {lot} is not a lot of &quot;{item}&quot;.</source>
        <translation>{lot} партиясы «{item}» партиясы емес.</translation>
    </message>
    <message>
        <source>Notice {number} is already registered for &quot;{item}&quot;.</source>
        <translation>«{item}» бойынша {number} хабарламасы бұрыннан тіркелген.</translation>
    </message>
    <message>
        <source>Lot {lot} was made on {made}: it cannot be presented earlier.</source>
        <translation>{lot} партиясы {made} дайындалған: оны бұл күннен бұрын ұсынуға болмайды.</translation>
    </message>
    <message>
        <source>Lot {lot} already has an open presentation (notice {number}, attempt {attempt}): it must be decided or withdrawn first.</source>
        <translation>{lot} партиясы бойынша ашық ұсыну бар (хабарлама {number}, {attempt}-ұсыну): алдымен ол бойынша шешім қабылдау немесе оны кері алу керек.</translation>
    </message>
    <message>
        <source>Lot {lot} is already accepted in full.</source>
        <translation>{lot} партиясы толығымен қабылданған.</translation>
    </message>
    <message>
        <source>Not units of lot {lot}: {serials}.</source>
        <translation>{lot} партиясының бірліктері емес: {serials}.</translation>
    </message>
    <message>
        <source>Already accepted: {serials}.</source>
        <translation>Бұрын қабылданған: {serials}.</translation>
    </message>
    <message>
        <source>The presented quantity must be a whole number.</source>
        <translation>Ұсынылған саны бүтін сан болуы тиіс.</translation>
    </message>
    <message>
        <source>The presented quantity ({qty}) differs from the number of serials ({n}).</source>
        <translation>Ұсынылған саны ({qty}) зауыттық нөмірлер санына ({n}) сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The presented quantity must be greater than zero.</source>
        <translation>Ұсынылған саны нөлден үлкен болуы тиіс.</translation>
    </message>
    <message>
        <source>The presented quantity ({qty}) is more than lot {lot} holds ({n}).</source>
        <translation>Ұсынылған саны ({qty}) {lot} партиясындағыдан ({n}) көп.</translation>
    </message>
    <message>
        <source>Only {n} units of lot {lot} are not accepted yet: {qty} cannot be presented.</source>
        <translation>{lot} партиясында әлі қабылданбаған тек {n} бірлік бар: {qty} бірлікті ұсынуға болмайды.</translation>
    </message>
    <message>
        <source>Lot {lot} has serial numbers: list the serials of the {qty} units presented.</source>
        <translation>{lot} партиясының зауыттық нөмірлері бар: ұсынылатын {qty} бірліктің нөмірлерін тізіп жазыңыз.</translation>
    </message>
    <message>
        <source>Notice {number} is &quot;{status}&quot;: only a presentation awaiting inspection can be withdrawn.</source>
        <translation>{number} хабарламасының мәртебесі — «{status}»: тек бақылауды күтіп тұрған ұсынуды кері алуға болады.</translation>
    </message>
    <message>
        <source>The presentation no longer exists.</source>
        <translation>Мұндай ұсыну енді жоқ.</translation>
    </message>
    <message>
        <source>Periodic test</source>
        <translation>Мерзімді сынақтар</translation>
    </message>
    <message>
        <source>Qualification test</source>
        <translation>Біліктілік сынақтары</translation>
    </message>
    <message>
        <source>Type test</source>
        <translation>Типтік сынақтар</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Нәтиже жоқ</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Оң</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Теріс</translation>
    </message>
    <message>
        <source>{kind} No. {protocol} of {item}</source>
        <translation>{kind} № {protocol}: {item}</translation>
    </message>
    <message>
        <source>{kind} of {item} started on {date}</source>
        <translation>{kind}: {item}, басталған күні {date}</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; is a work or service: periodic, qualification and type tests are held for goods (Article 27.4.4).</source>
        <translation>«{item}» — жұмыс немесе қызмет: мерзімді, біліктілік және типтік сынақтар өнім үшін өткізіледі (27-баптың 4-тармағының 4-тармақшасы).</translation>
    </message>
    <message>
        <source>A repeat test must repeat a test of the same item.</source>
        <translation>Қайталама сынақ сол позицияның сынағын қайталауы тиіс.</translation>
    </message>
    <message>
        <source>Only a negative test is repeated; {test} is not negative.</source>
        <translation>Тек теріс нәтижелі сынақ қайталанады; «{test}» нәтижесі теріс емес.</translation>
    </message>
    <message>
        <source>A repeat of a {failed_kind} must be of the same kind.</source>
        <translation>Қайталама сынақ бастапқы сынақпен бір түрде болуы тиіс ({failed_kind}).</translation>
    </message>
    <message>
        <source>A repeat test cannot start before the test it repeats was completed ({date}).</source>
        <translation>Қайталама сынақ қайталанатын сынақ аяқталғанға дейін ({date}) басталмауы тиіс.</translation>
    </message>
    <message>
        <source>The result of {test} is already recorded ({result}); it cannot be changed.</source>
        <translation>«{test}» нәтижесі бұрыннан жазылған ({result}); оны өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Choose whether the test is positive or negative.</source>
        <translation>Сынақ нәтижесін таңдаңыз: оң немесе теріс.</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Хаттаманың нөмірі</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Басталған күні</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <source>A test cannot be completed in the future.</source>
        <translation>Сынақтың аяқталу күні болашақта болмауы тиіс.</translation>
    </message>
    <message>
        <source>Protocol {protocol} is already recorded for this item.</source>
        <translation>Осы позиция бойынша {protocol} хаттамасы бұрыннан жазылған.</translation>
    </message>
    <message>
        <source>{test} has no recorded result yet: the opinion is issued on the results.</source>
        <translation>«{test}» нәтижесі әлі жазылмаған: қорытынды нәтижелер бойынша беріледі.</translation>
    </message>
    <message>
        <source>Opinion {number} on {test} is already issued.</source>
        <translation>«{test}» бойынша {number} қорытындысы бұрын берілген.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Тұжырым</translation>
    </message>
    <message>
        <source>The test no longer exists.</source>
        <translation>Мұндай сынақ енді жоқ.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot; is deactivated and cannot be edited; add a new one instead.</source>
        <translation>«{name}» сипаттамасы қолданыстан шығарылған, оны өзгертуге болмайды; оның орнына жаңасын қосыңыз.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot; is already deactivated.</source>
        <translation>«{name}» сипаттамасы қолданыстан бұрын шығарылған.</translation>
    </message>
    <message>
        <source>The new order must list every active characteristic of {item} exactly once.</source>
        <translation>Жаңа ретте «{item}» позициясының әр қолданыстағы сипаттамасы дәл бір рет көрсетілуі тиіс.</translation>
    </message>
    <message>
        <source>Characteristic name</source>
        <translation>Сипаттаманың атауы</translation>
    </message>
    <message>
        <source>Nominal value</source>
        <translation>Номиналды мән</translation>
    </message>
    <message>
        <source>Lower limit</source>
        <translation>Төменгі шек</translation>
    </message>
    <message>
        <source>Upper limit</source>
        <translation>Жоғарғы шек</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot; is checked by attribute: it has no nominal value or limits. Clear them, or make it a measured characteristic.</source>
        <translation>«{name}» сипаттамасы балама белгі бойынша бақыланады: оның номиналды мәні мен шектері жоқ. Оларды тазартыңыз немесе сипаттаманы өлшенетін етіңіз.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot; is measured: allowed answers are only for characteristics checked by attribute.</source>
        <translation>«{name}» сипаттамасы өлшенетін: рұқсат етілген жауаптар тек балама белгі бойынша бақыланатын сипаттамаларға беріледі.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot; is measured: enter its lower limit, its upper limit or both.</source>
        <translation>«{name}» сипаттамасы өлшенетін: төменгі шекті, жоғарғы шекті немесе екеуін де көрсетіңіз.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot;: limits reversed — the lower limit {lower} is above the upper limit {upper}.</source>
        <translation>«{name}» сипаттамасы: шектер ауысып кеткен — төменгі шек ({lower}) жоғарғы шектен ({upper}) үлкен.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot;: the nominal value {nominal} is below the lower limit {lower}.</source>
        <translation>«{name}» сипаттамасы: номиналды мән ({nominal}) төменгі шектен ({lower}) кіші.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot;: the nominal value {nominal} is above the upper limit {upper}.</source>
        <translation>«{name}» сипаттамасы: номиналды мән ({nominal}) жоғарғы шектен ({upper}) үлкен.</translation>
    </message>
    <message>
        <source>Enter the sample size of a fixed sample: a whole number of at least 1.</source>
        <translation>Тіркелген іріктеменің көлемін көрсетіңіз: кемінде 1 болатын бүтін сан.</translation>
    </message>
    <message>
        <source>AQL for major defects</source>
        <translation>Елеулі ақаулар үшін AQL</translation>
    </message>
    <message>
        <source>AQL for minor defects</source>
        <translation>Елеусіз ақаулар үшін AQL</translation>
    </message>
    <message>
        <source>The return threshold (returns in a row before a suspension is proposed) must be a whole number of at least 1.</source>
        <translation>Қайтару шегі (тоқтата тұру ұсынылғанға дейінгі қатарынан қайтарулар саны) кемінде 1 болатын бүтін сан болуы тиіс.</translation>
    </message>
    <message>
        <source>The periodic-test interval must be a whole number of months from 1 to {max}.</source>
        <translation>Мерзімді сынақтардың кезеңділігі 1-ден {max}-ге дейінгі айлардың бүтін саны болуы тиіс.</translation>
    </message>
    <message>
        <source>The periodic test &quot;every N lots&quot; needs a whole number of lots of at least 1.</source>
        <translation>«Әр N партия сайын» мерзімді сынағы үшін кемінде 1 болатын партиялардың бүтін саны қажет.</translation>
    </message>
    <message>
        <source>Contract {number} is closed; the requirements of {item} cannot change.</source>
        <translation>Шарт {number} жабылған; «{item}» талаптарын өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>The characteristic no longer exists.</source>
        <translation>Мұндай сипаттама енді жоқ.</translation>
    </message>
    <message>
        <source>The completeness-list entry no longer exists.</source>
        <translation>Мұндай жинақтылық тізімінің жолы енді жоқ.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot;: {field} &quot;{value}&quot; is not a number.</source>
        <translation>«{name}» сипаттамасы: {field} — «{value}» сан емес.</translation>
    </message>
    <message>
        <source>The unit of &quot;{name}&quot; is longer than 32 characters.</source>
        <translation>«{name}» өлшем бірлігі 32 таңбадан ұзын.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot;: allowed answers repeated: {answers}.</source>
        <translation>«{name}» сипаттамасы: рұқсат етілген жауаптар қайталанады: {answers}.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot; is already on this item&apos;s list.</source>
        <translation>«{name}» сипаттамасы осы позицияның тізімінде бұрыннан бар.</translation>
    </message>
    <message>
        <source>Name of the set&apos;s part</source>
        <translation>Жинақ құрамдас бөлігінің атауы</translation>
    </message>
    <message>
        <source>The quantity of &quot;{name}&quot; in a complete set must be a whole number of at least 1.</source>
        <translation>Жинақтағы «{name}» саны кемінде 1 болатын бүтін сан болуы тиіс.</translation>
    </message>
    <message>
        <source>The unit of &quot;{name}&quot; is longer than 16 characters.</source>
        <translation>«{name}» өлшем бірлігі 16 таңбадан ұзын.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is already on the completeness list of {item}.</source>
        <translation>«{name}» «{item}» жинақтылық тізімінде бұрыннан бар.</translation>
    </message>
    <message>
        <source>Unknown inspection level &quot;{level}&quot;: use I, II, III or S-1 to S-4.</source>
        <translation>«{level}» бақылау деңгейі белгісіз: I, II, III немесе S-1…S-4 пайдаланыңыз.</translation>
    </message>
    <message>
        <source>{field}: {aql} is not in the ISO 2859-1 series (0.010, 0.015, 0.025 … 650, 1000).</source>
        <translation>«{field}»: {aql} мәні ISO 2859-1 қатарында жоқ (0.010, 0.015, 0.025 … 650, 1000).</translation>
    </message>
    <message>
        <source>Terms of the state defense order contract not fulfilled</source>
        <translation>МҚТ шарты талаптарының орындалмауы</translation>
    </message>
    <message>
        <source>Decisions on quality and reliability not implemented</source>
        <translation>Сапа және сенімділік мәселелері жөніндегі шешімдердің орындалмауы</translation>
    </message>
    <message>
        <source>Failed tests</source>
        <translation>Сынақтардың теріс нәтижелері</translation>
    </message>
    <message>
        <source>Defects found in service are also present in goods in production</source>
        <translation>Пайдалану кезінде анықталған ақаулар өндірістегі өнімде де бар</translation>
    </message>
    <message>
        <source>Whole contract</source>
        <translation>Бүкіл шарт</translation>
    </message>
    <message>
        <source>Control-list item</source>
        <translation>Тізбе позициясы</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Work or service</source>
        <translation>Жұмыс немесе қызмет</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>The certificate no longer exists.</source>
        <translation>Сертификат енді жоқ.</translation>
    </message>
    <message>
        <source>Certificate {number} is already revoked.</source>
        <translation>{number} сертификаты бұрыннан кері қайтарып алынған.</translation>
    </message>
    <message>
        <source>Certificate {number} is already superseded by a re-issued certificate.</source>
        <translation>{number} сертификаты қайта ресімделген сертификатпен бұрыннан ауыстырылған.</translation>
    </message>
    <message>
        <source>Choose the recipient among the recipient organizations.</source>
        <translation>Алушыны алушы ұйымдардың ішінен таңдаңыз.</translation>
    </message>
    <message>
        <source>A suspension of one lot covers that lot: leave &quot;made since&quot; empty.</source>
        <translation>Бір партияны тоқтата тұру тек сол партияға қолданылады: «Дайындалған күннен бастап» өрісін бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>&quot;Made since&quot; cannot be a future date.</source>
        <translation>«Дайындалған күннен бастап» күні болашақта болмауы тиіс.</translation>
    </message>
    <message>
        <source>Suspension {number} on the same ground is already in force for {target}.</source>
        <translation>Сол негіздеме бойынша {number} тоқтата тұру бұрыннан күшінде: {target}.</translation>
    </message>
    <message>
        <source>Suspension {number} was already ended by resumption decision {resumption}.</source>
        <translation>{number} тоқтата тұру {resumption} қайта бастау туралы шешіммен бұрын тоқтатылған.</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Түзету әрекеттері</translation>
    </message>
    <message>
        <source>Suspension {number} cannot be ended yet: {missing}.</source>
        <translation>{number} тоқтата тұруды әзірге тоқтатуға болмайды: {missing}.</translation>
    </message>
    <message>
        <source>{test} is not negative: there is nothing to suspend.</source>
        <translation>«{test}» нәтижесі теріс емес: тоқтата тұратын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>{test} was already repeated with a positive result ({repeat}).</source>
        <translation>«{test}» оң нәтижемен бұрын қайталанған ({repeat}).</translation>
    </message>
    <message>
        <source>Suspension {number} for failed tests of &quot;{item}&quot; is already in force.</source>
        <translation>«{item}» сынақтарының теріс нәтижелеріне байланысты {number} тоқтата тұру бұрыннан күшінде.</translation>
    </message>
    <message>
        <source>{test} completed on {date} is negative: {summary}. Acceptance and shipment of &quot;{item}&quot; made since {since} (the last positive periodic test) are suspended until corrective actions and a positive repeat test.</source>
        <translation>{date} аяқталған «{test}» нәтижесі теріс: {summary}. {since} бастап (соңғы оң мерзімді сынақ) дайындалған «{item}» қабылдау және жөнелту түзету әрекеттері орындалып, қайталама сынақтың оң нәтижесі алынғанға дейін тоқтатыла тұрады.</translation>
    </message>
    <message>
        <source>{test} completed on {date} is negative: {summary}. Acceptance and shipment of every lot of &quot;{item}&quot; are suspended until corrective actions and a positive repeat test.</source>
        <translation>{date} аяқталған «{test}» нәтижесі теріс: {summary}. «{item}» барлық партияларын қабылдау және жөнелту түзету әрекеттері орындалып, қайталама сынақтың оң нәтижесі алынғанға дейін тоқтатыла тұрады.</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; was returned {count} times in a row (threshold {threshold}): return notices {notices} (lots {lots}). Acceptance is suspended until the causes are removed and the corrective actions verified.</source>
        <translation>«{item}» қатарынан {count} рет қайтарылды (шегі {threshold}): қайтару туралы хабарламалар {notices} (партиялар {lots}). Себептер жойылып, түзету әрекеттері тексерілгенге дейін қабылдау тоқтатыла тұрады.</translation>
    </message>
    <message>
        <source>nonconformities still open: {list}</source>
        <translation>ашық сәйкессіздіктер әлі бар: {list}</translation>
    </message>
    <message>
        <source>{repeat} is not a positive repeat of {test}</source>
        <translation>«{repeat}» — «{test}» сынағының оң нәтижелі қайталамасы емес</translation>
    </message>
    <message>
        <source>no positive repeat test of {test}</source>
        <translation>«{test}» үшін оң нәтижелі қайталама сынақ жоқ</translation>
    </message>
    <message>
        <source>Choose the lot to suspend.</source>
        <translation>Тоқтатыла тұратын партияны таңдаңыз.</translation>
    </message>
    <message>
        <source>Lot {lot} does not belong to &quot;{item}&quot;.</source>
        <translation>{lot} партиясы «{item}» позициясына жатпайды.</translation>
    </message>
    <message>
        <source>A suspension of an item or a work names no lot: choose the scope &quot;Lot&quot; to suspend one lot.</source>
        <translation>Позицияны немесе жұмысты тоқтата тұруда партия көрсетілмейді: бір партияны тоқтата тұру үшін «Партия» аясын таңдаңыз.</translation>
    </message>
    <message>
        <source>A suspension of the whole contract names no item or lot.</source>
        <translation>Бүкіл шартты тоқтата тұруда позиция мен партия көрсетілмейді.</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; is goods, not a military work or service: suspend its acceptance and shipment with the scope &quot;Control-list item&quot; (Article 27.4.8).</source>
        <translation>«{item}» — әскери мақсаттағы жұмыс немесе қызмет емес, өнім: оны қабылдау мен жөнелтуді «Тізбе позициясы» аясымен тоқтата тұрыңыз (27-баптың 4-тармағының 8-тармақшасы).</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; is a military work or service: suspend it with the scope &quot;Work or service&quot; (Article 27.4.9).</source>
        <translation>«{item}» — әскери мақсаттағы жұмыс немесе қызмет: оны «Жұмыс немесе қызмет» аясымен тоқтата тұрыңыз (27-баптың 4-тармағының 9-тармақшасы).</translation>
    </message>
    <message>
        <source>A work or service is suspended only for unfulfilled contract terms or unimplemented quality decisions (Article 27.4.9), not for &quot;{ground}&quot;.</source>
        <translation>Жұмыс немесе қызмет тек шарт талаптары немесе сапа жөніндегі шешімдер орындалмаған кезде тоқтатыла тұрады (27-баптың 4-тармағының 9-тармақшасы), «{ground}» негіздемесі бойынша емес.</translation>
    </message>
    <message>
        <source>A test is named only in a suspension for failed tests.</source>
        <translation>Сынақ тек сынақтардың теріс нәтижелеріне байланысты тоқтата тұруда көрсетіледі.</translation>
    </message>
    <message>
        <source>{test} is not a test of the suspended goods.</source>
        <translation>«{test}» — тоқтатыла тұратын өнімнің сынағы емес.</translation>
    </message>
    <message>
        <source>{test} is not negative: a suspension for failed tests names a negative test.</source>
        <translation>«{test}» нәтижесі теріс емес: сынақтардың теріс нәтижелеріне байланысты тоқтата тұруда теріс нәтижелі сынақ көрсетіледі.</translation>
    </message>
    <message>
        <source>lot {lot} of &quot;{item}&quot;</source>
        <translation>«{item}» {lot} партиясы</translation>
    </message>
    <message>
        <source>&quot;{item}&quot;</source>
        <translation>«{item}»</translation>
    </message>
    <message>
        <source>contract {number}</source>
        <translation>{number} шарты</translation>
    </message>
    <message>
        <source>Return notice</source>
        <translation>Қайтару туралы хабарлама</translation>
    </message>
    <message>
        <source>Suspension notice</source>
        <translation>Тоқтата тұру туралы хабарлама</translation>
    </message>
    <message>
        <source>Resumption decision</source>
        <translation>Қайта бастау туралы шешім</translation>
    </message>
    <message>
        <source>Test opinion</source>
        <translation>Сынақ нәтижелері бойынша қорытынды</translation>
    </message>
    <message>
        <source>There is no printed document of kind &quot;{kind}&quot;. Known kinds: {kinds}.</source>
        <translation>«{kind}» түріндегі баспа құжаты жоқ. Белгілі түрлері: {kinds}.</translation>
    </message>
    <message>
        <source>The return notice no longer exists.</source>
        <translation>Қайтару туралы хабарлама енді жоқ.</translation>
    </message>
    <message>
        <source>The suspension no longer exists.</source>
        <translation>Мұндай тоқтата тұру енді жоқ.</translation>
    </message>
    <message>
        <source>The resumption decision no longer exists.</source>
        <translation>Қайта бастау туралы шешім енді жоқ.</translation>
    </message>
    <message>
        <source>The test opinion no longer exists.</source>
        <translation>Сынақ нәтижелері бойынша қорытынды енді жоқ.</translation>
    </message>
    <message>
        <source>There is no {document} No. {number}.</source>
        <translation>№ {number} «{document}» құжаты табылмады.</translation>
    </message>
    <message>
        <source>Notice No. {number} was used for several lots ({lots}): give the protocol number (notice/attempt) or the number of the acceptance record or return notice.</source>
        <translation>№ {number} хабарлама бірнеше партияға қатысты ({lots}): хаттама нөмірін (хабарлама/ұсыну) немесе қабылдау актісінің не қайтару туралы хабарламаның нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Wrong password {count} times: wait {seconds} seconds before trying again.</source>
        <extracomment>Names typed that are no account would otherwise pile up: the oldest are forgotten.</extracomment>
        <translation>Құпиясөз {count} рет қате енгізілді: қайталап көрмес бұрын {seconds} секунд күтіңіз.</translation>
    </message>
    <message>
        <source>certificates confirming quality: list, show, check, issue, revoke</source>
        <translation>сапаны растайтын сертификаттар: тізім, көрсету, тексеру, беру, кері қайтарып алу</translation>
    </message>
    <message>
        <source>list the certificates, newest first</source>
        <translation>сертификаттар тізімі, алдымен жаңалары</translation>
    </message>
    <message>
        <source>only certificates with this status</source>
        <translation>тек осы мәртебедегі сертификаттар</translation>
    </message>
    <message>
        <source>show one certificate and its seal</source>
        <translation>бір сертификатты және оның мөрін көрсету</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>сертификат нөмірі</translation>
    </message>
    <message>
        <source>print the Article 27.5 checklist for acceptance records (exit 0 only when all hold)</source>
        <translation>қабылдау актілері үшін 27.5-баптың бақылау тізбесін шығару (барлық шарт орындалғанда ғана шығу коды 0)</translation>
    </message>
    <message>
        <source>issue a certificate for acceptance records (a signing act)</source>
        <translation>қабылдау актілері бойынша сертификат беру (қол қою әрекеті)</translation>
    </message>
    <message>
        <source>acceptance record numbers</source>
        <translation>қабылдау актілерінің нөмірлері</translation>
    </message>
    <message>
        <source>certify only these serial numbers</source>
        <translation>тек осы зауыттық нөмірлерді сертификаттау</translation>
    </message>
    <message>
        <source>certify only N units (goods without serials)</source>
        <translation>тек N бірлікті сертификаттау (зауыттық нөмірі жоқ өнім)</translation>
    </message>
    <message>
        <source>revoke a certificate (head of office; a signing act)</source>
        <translation>сертификатты кері қайтарып алу (өкілдік бастығы; қол қою әрекеті)</translation>
    </message>
    <message>
        <source>issue a new certificate superseding one (head of office; a signing act)</source>
        <translation>бұрынғысының орнына жаңа сертификат беру (өкілдік бастығы; қол қою әрекеті)</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>себебі</translation>
    </message>
    <message>
        <source>No certificates.</source>
        <translation>Сертификаттар жоқ.</translation>
    </message>
    <message>
        <source>Every condition of Article 27.5 holds: the certificate may be issued.</source>
        <translation>27.5-баптың барлық шарттары орындалды: сертификат берілуі мүмкін.</translation>
    </message>
    <message>
        <source>The certificate cannot be issued while a condition fails.</source>
        <translation>Қандай да бір шарт орындалмайынша сертификат берілмейді.</translation>
    </message>
    <message>
        <source>Password of {user} to sign the certificate: </source>
        <translation>Сертификатқа қол қою үшін {user} пайдаланушысының құпиясөзі: </translation>
    </message>
    <message>
        <source>Certificate {number} issued: {qty} {unit} of {item} ({lots}).</source>
        <translation>{number} сертификаты берілді: {item}, {qty} {unit} ({lots}).</translation>
    </message>
    <message>
        <source>Seal: {seal}</source>
        <translation>Мөр: {seal}</translation>
    </message>
    <message>
        <source>Password of {user} to sign: </source>
        <translation>Қол қою үшін {user} пайдаланушысының құпиясөзі: </translation>
    </message>
    <message>
        <source>Certificate {number} revoked.</source>
        <translation>{number} сертификаты кері қайтарып алынды.</translation>
    </message>
    <message>
        <source>Certificate {new} issued; it supersedes {old}.</source>
        <translation>{new} сертификаты берілді; ол {old} сертификатын ауыстырады.</translation>
    </message>
    <message>
        <source>printed documents: list them, write one as PDF</source>
        <translation>басып шығарылатын құжаттар: тізім, PDF-ке жазу</translation>
    </message>
    <message>
        <source>list the printable documents</source>
        <translation>басып шығарылатын құжаттар тізімі</translation>
    </message>
    <message>
        <source>only documents of KIND</source>
        <translation>тек KIND түріндегі құжаттар</translation>
    </message>
    <message>
        <source>write a document as PDF</source>
        <translation>құжатты PDF-ке жазу</translation>
    </message>
    <message>
        <source>kind of document: {kinds}</source>
        <translation>құжат түрі: {kinds}</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>құжат нөмірі</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>жазылатын PDF файлы</translation>
    </message>
    <message>
        <source>language of the document (default: yours)</source>
        <translation>құжат тілі (әдепкі: сіздің тіліңіз)</translation>
    </message>
    <message>
        <source>overwrite an existing file</source>
        <translation>бар файлды қайта жазу</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Әзірге құжаттар жоқ.</translation>
    </message>
    <message>
        <source>{path} already exists. Use --force to overwrite it.</source>
        <translation>{path} бұрыннан бар. Оны қайта жазу үшін --force пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Written: {path} ({size:,} bytes)</source>
        <translation>Жазылды: {path} ({size:,} байт)</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}</source>
        <translation>{path} жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>The font file {path} needed to print documents is missing. Reinstall milrep.</source>
        <translation>Құжаттарды басып шығаруға қажетті {path} қаріп файлы жоқ. milrep-ті қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>The font file {path} needed to print documents is damaged ({reason}). Reinstall milrep.</source>
        <translation>Құжаттарды басып шығаруға қажетті {path} қаріп файлы бүлінген ({reason}). milrep-ті қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>at {plant}</source>
        <translation>{plant} жанындағы</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>Place for the stamp</source>
        <translation>М.О.</translation>
    </message>
    <message>
        <source>Signed in milrep with the password: “{meaning}”, {time}. SHA-256 of the signed content: {digest}</source>
        <translation>milrep-те құпиясөзбен қол қойылды: «{meaning}», {time}. Қол қойылған мазмұнның SHA-256: {digest}</translation>
    </message>
    <message>
        <source>(signature)</source>
        <translation>(қолы)</translation>
    </message>
    <message>
        <source>Copy No. ____</source>
        <translation>№ ____ дана</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{pages} беттің {page}-беті</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ЖОБА</translation>
    </message>
    <message>
        <source>{title} No. {number}</source>
        <translation>{title} № {number}</translation>
    </message>
    <message>
        <source>The seal is too long for a QR symbol of version {max} at error correction Q ({length} characters; at most {limit} fit). Shorten the certificate number, contract number, nomenclature code, unit or lot text.</source>
        <translation>Мөр Q қателерді түзету деңгейіндегі {max} нұсқалы QR таңбасы үшін тым ұзын ({length} таңба; ең көбі {limit} сыяды). Сертификат нөмірін, шарт нөмірін, номенклатура кодын, өлшем бірлігін немесе партия мәтінін қысқартыңыз.</translation>
    </message>
    <message>
        <source>Valid</source>
        <extracomment>the longest text a version-13 symbol at level Q holds (qr.capacity(13)); longer is refused before any decoding</extracomment>
        <translation>Жарамды</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Жарамсыз қолтаңба</translation>
    </message>
    <message>
        <source>Unknown key</source>
        <translation>Белгісіз кілт</translation>
    </message>
    <message>
        <source>Revoked key</source>
        <translation>Кері қайтарып алынған кілт</translation>
    </message>
    <message>
        <source>Revoked certificate</source>
        <translation>Кері қайтарып алынған сертификат</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Пішімі бұзылған</translation>
    </message>
    <message>
        <source>The seal is not text.</source>
        <translation>Мөр мәтін емес.</translation>
    </message>
    <message>
        <source>The text is {n:,} characters long; a seal has at most {max}.</source>
        <translation>Мәтін ұзындығы — {n:,} таңба; мөрде ең көбі {max} болады.</translation>
    </message>
    <message>
        <source>The text does not start with {prefix}: it is not a milrep seal.</source>
        <translation>Мәтін {prefix} деп басталмайды: бұл milrep мөрі емес.</translation>
    </message>
    <message>
        <source>The seal text is damaged (Base45: {reason}).</source>
        <translation>Мөр мәтіні зақымданған (Base45: {reason}).</translation>
    </message>
    <message>
        <source>The seal&apos;s structure is wrong ({reason}).</source>
        <translation>Мөрдің құрылымы қате ({reason}).</translation>
    </message>
    <message>
        <source>The seal&apos;s claims cannot be read ({reason}).</source>
        <translation>Мөрдің тұжырымдарын оқу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <source>The seal&apos;s claims are not a map with integer keys.</source>
        <translation>Мөрдің тұжырымдары бүтін санды кілттері бар сөздік емес.</translation>
    </message>
    <message>
        <source>The seal lacks required claims: {claims}.</source>
        <translation>Мөрде міндетті тұжырымдар жоқ: {claims}.</translation>
    </message>
    <message>
        <source>The seal has schema version {v!r}; this milrep reads version 1. Use a newer milrep to verify it.</source>
        <translation>Мөр схемасының нұсқасы — {v!r}; бұл milrep 1-нұсқаны оқиды. Тексеру үшін milrep-тің жаңарақ нұсқасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The seal&apos;s claim {key} ({name}) has the wrong type.</source>
        <translation>Мөрдегі {key} ({name}) тұжырымының түрі қате.</translation>
    </message>
    <message>
        <source>The seal could not be read.</source>
        <translation>Мөрді оқу мүмкін болмады.</translation>
    </message>
    <message>
        <source>The seal is signed with key {kid}, which no trust list given knows. Get the issuing office&apos;s current trust list.</source>
        <translation>Мөр берілген сенім тізімдерінің ешқайсысына белгісіз {kid} кілтімен қол қойылған. Мөрді берген өкілдіктің өзекті сенім тізімін алыңыз.</translation>
    </message>
    <message>
        <source>The signature does not match the seal&apos;s content: the seal was altered or forged. Do not accept the goods on this certificate.</source>
        <translation>Қолтаңба мөрдің мазмұнына сәйкес келмейді: мөр өзгертілген немесе қолдан жасалған. Бұл сертификат бойынша өнімді қабылдамаңыз.</translation>
    </message>
    <message>
        <source>The seal is signed with key {kid} of workstation {site}, revoked on {date} ({reason}). Ask office {office} whether the certificate stands.</source>
        <translation>Мөрге {site} жұмыс орнының {date} күні кері қайтарылған ({reason}) {kid} кілтімен қол қойылған. Сертификаттың күшінде екенін {office} өкілдігінен сұраңыз.</translation>
    </message>
    <message>
        <source>The seal names office {claimed}, but its key belongs to office {office}.</source>
        <translation>Мөрде {claimed} өкілдігі көрсетілген, бірақ оның кілті {office} өкілдігіне тиесілі.</translation>
    </message>
    <message>
        <source>Certificate {number} was revoked on {date}: {reason}</source>
        <translation>{number} сертификаты {date} күні кері қайтарылды: {reason}</translation>
    </message>
    <message>
        <source>The seal is valid: signed by workstation {site} of office {office} (trust list version {version}).</source>
        <translation>Мөр жарамды: {office} өкілдігінің {site} жұмыс орны қол қойған (сенім тізімінің нұсқасы {version}).</translation>
    </message>
    <message>
        <source>the trust list</source>
        <extracomment>None for a list built from the local database and not (yet) signed</extracomment>
        <translation>сенім тізімі</translation>
    </message>
    <message>
        <source>{name} is not a usable milrep trust list ({reason}).</source>
        <translation>{name} — жарамды milrep сенім тізімі емес ({reason}).</translation>
    </message>
    <message>
        <source>The signature of {name} does not match its content: the file was altered after the office signed it. Do not use it; ask the office for its trust list again.</source>
        <translation>{name} қолтаңбасы мазмұнына сәйкес келмейді: файл өкілдік қол қойғаннан кейін өзгертілген. Оны пайдаланбаңыз; сенім тізімін өкілдіктен қайта сұраңыз.</translation>
    </message>
    <message>
        <source>{value} is not a root key fingerprint: it has 32 hexadecimal digits, e.g. 3F2A 9C01 77B4 E2D0 5A6B 0C1D 2E3F 4051.</source>
        <translation>{value} түбірлік кілттің саусақ ізі емес: ол 32 он алтылық цифрдан тұрады, мысалы 3F2A 9C01 77B4 E2D0 5A6B 0C1D 2E3F 4051.</translation>
    </message>
    <message>
        <source>The trust list of office {office} is signed by root key {actual}, not by the expected {expected}. It may be forged; do not use it.</source>
        <translation>{office} өкілдігінің сенім тізіміне күтілген {expected} емес, {actual} түбірлік кілтімен қол қойылған. Ол қолдан жасалған болуы мүмкін; оны пайдаланбаңыз.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} оқылмайды: {reason}</translation>
    </message>
    <message>
        <source>{name} is larger than any trust list ({limit:,} bytes at most).</source>
        <translation>{name} кез келген сенім тізімінен үлкен (ең көбі {limit:,} байт).</translation>
    </message>
    <message>
        <source>Unknown language &quot;{lang}&quot;; choose one of: {languages}.</source>
        <translation>«{lang}» тілі белгісіз; мыналардың бірін таңдаңыз: {languages}.</translation>
    </message>
    <message>
        <source>Production completed (goods accepted)</source>
        <translation>Дайындау аяқталды (өнім қабылданды)</translation>
    </message>
    <message>
        <source>Complete set</source>
        <translation>Жиынтықтылық</translation>
    </message>
    <message>
        <source>Acceptance tests passed</source>
        <translation>Қабылдау-тапсыру сынақтарынан өтті</translation>
    </message>
    <message>
        <source>Last periodic test positive and in date</source>
        <translation>Соңғы мерзімдік сынақтар оң және мерзімі өтпеген</translation>
    </message>
    <message>
        <source>No open nonconformity without a valid concession</source>
        <translation>Жарамды ауытқуға рұқсатсыз ашық сәйкессіздіктер жоқ</translation>
    </message>
    <message>
        <source>No suspension of acceptance and shipment</source>
        <translation>Қабылдау мен жөнелтуді тоқтата тұру жоқ</translation>
    </message>
    <message>
        <source>Within the contract&apos;s quantities</source>
        <translation>Келісімшарттағы саны шегінде</translation>
    </message>
    <message>
        <source>Within the contract&apos;s time frame</source>
        <translation>Келісімшарттағы мерзімдер шегінде</translation>
    </message>
    <message>
        <source>The certificate cannot be issued (Article 27.5):
{lines}</source>
        <extracomment>a partial acceptance whose accepted units include some the rules now reject</extracomment>
        <translation>Сертификат берілмейді (27.5-бап):
{lines}</translation>
    </message>
    <message>
        <source>no acceptance record is chosen.</source>
        <translation>қабылдау актісі таңдалмаған.</translation>
    </message>
    <message>
        <source>acceptance record {number} is not signed</source>
        <translation>{number} қабылдау актісіне қол қойылмаған</translation>
    </message>
    <message>
        <source>acceptance record {number} is superseded by {newer}</source>
        <translation>{number} қабылдау актісі {newer} актісімен ауыстырылған</translation>
    </message>
    <message>
        <source>acceptance record {number} accepts nothing</source>
        <translation>{number} қабылдау актісі бойынша ештеңе қабылданбаған</translation>
    </message>
    <message>
        <source>accepted by {records}.</source>
        <translation>{records} бойынша қабылданды.</translation>
    </message>
    <message>
        <source>{number} (lot {lot}, {qty} {unit})</source>
        <translation>{number} ({lot} партиясы, {qty} {unit})</translation>
    </message>
    <message>
        <source>{name}: not checked (record {number})</source>
        <translation>{name}: тексерілмеген ({number} актісі)</translation>
    </message>
    <message>
        <source>{name}: {found} of {expected} {unit} found (record {number})</source>
        <translation>{name}: {expected} {unit} ішінен {found} табылды ({number} актісі)</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; has no completeness list.</source>
        <translation>«{item}» үшін жиынтықтау ведомосы жоқ.</translation>
    </message>
    <message>
        <source>complete per the completeness checks of {records}.</source>
        <translation>{records} бойынша жиынтықтылық тексерулеріне сәйкес жиынтықты.</translation>
    </message>
    <message>
        <source>the inspection of notice {notice} (record {number}) was not decided &quot;accept&quot;</source>
        <translation>{notice} хабарламасы бойынша бақылау ({number} актісі) «қабылдау» шешімімен аяқталмаған</translation>
    </message>
    <message>
        <source>the results of the inspection of notice {notice} (record {number}) no longer allow acceptance: {reason}</source>
        <translation>{notice} хабарламасы бойынша бақылау нәтижелері ({number} актісі) енді қабылдауға мүмкіндік бермейді: {reason}</translation>
    </message>
    <message>
        <source>passed: {notices}.</source>
        <translation>өтті: {notices}.</translation>
    </message>
    <message>
        <source>notice {notice}</source>
        <translation>{notice} хабарламасы</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; has no periodic-test schedule.</source>
        <translation>«{item}» үшін мерзімдік сынақтар кестесі жоқ.</translation>
    </message>
    <message>
        <source>the last periodic test of &quot;{item}&quot;, protocol {protocol} of {date}, is negative.</source>
        <translation>«{item}» соңғы мерзімдік сынақтары, {date} күнгі {protocol} хаттамасы, теріс.</translation>
    </message>
    <message>
        <source>protocol {protocol} of {date}</source>
        <translation>{date} күнгі {protocol} хаттамасы</translation>
    </message>
    <message>
        <source>the periodic test of &quot;{item}&quot; was due on {due} (last: {last}).</source>
        <translation>«{item}» мерзімдік сынақтарының мерзімі {due} күні келді (соңғысы: {last}).</translation>
    </message>
    <message>
        <source>{n} lots of &quot;{item}&quot; were accepted since the last periodic test (last: {last}); the schedule allows {every}.</source>
        <translation>Соңғы мерзімдік сынақтардан бері (соңғысы: {last}) «{item}» өнімінің қабылданған партиялары: {n}; кесте {every} рұқсат етеді.</translation>
    </message>
    <message>
        <source>; next due on {date}</source>
        <translation>; келесісі — {date}</translation>
    </message>
    <message>
        <source>no periodic test is due yet{due}.</source>
        <translation>мерзімдік сынақтардың мерзімі әлі келген жоқ{due}.</translation>
    </message>
    <message>
        <source>{last}, positive{due}.</source>
        <translation>{last}, оң{due}.</translation>
    </message>
    <message>
        <source>open without a valid concession: {list}.</source>
        <translation>жарамды ауытқуға рұқсатсыз ашық: {list}.</translation>
    </message>
    <message>
        <source>none open on &quot;{item}&quot; or these lots.</source>
        <translation>«{item}» немесе осы партиялар бойынша ашықтары жоқ.</translation>
    </message>
    <message>
        <source>suspension {numbers} is in force for these goods.</source>
        <translation>осы өнімге қатысты {numbers} тоқтата тұру күшінде.</translation>
    </message>
    <message>
        <source>none in force for these goods.</source>
        <translation>осы өнімге қатысты ешқайсысы күшінде емес.</translation>
    </message>
    <message>
        <source>everything accepted by {records} is already certified.</source>
        <translation>{records} бойынша қабылданғанның бәрі сертификатталған.</translation>
    </message>
    <message>
        <source>the quantity to certify must be more than zero.</source>
        <translation>сертификатталатын саны нөлден көп болуы керек.</translation>
    </message>
    <message>
        <source>{qty} {unit} is more than accepted and not yet certified ({remaining} {unit}).</source>
        <translation>{qty} {unit} қабылданған және әлі сертификатталмаған мөлшерден ({remaining} {unit}) көп.</translation>
    </message>
    <message>
        <source>{total} {unit} of &quot;{item}&quot; would be certified in all; contract {contract} provides for {contracted}.</source>
        <translation>Барлығы «{item}» өнімінің {total} {unit} сертификатталар еді; {contract} келісімшартында {contracted} көзделген.</translation>
    </message>
    <message>
        <source>{qty} {unit}; {total} of {contracted} {unit} certified under contract {contract} with this one.</source>
        <translation>{qty} {unit}; осымен бірге {contract} келісімшарты бойынша {contracted} {unit} ішінен {total} сертификатталды.</translation>
    </message>
    <message>
        <source>contract {contract} is not in force (status: {status}).</source>
        <translation>{contract} келісімшарты күшінде емес (мәртебесі: {status}).</translation>
    </message>
    <message>
        <source>contract {contract} is valid from {start} to {end}; today is {today}.</source>
        <translation>{contract} келісімшарты {start} бастап {end} дейін жарамды; бүгін {today}.</translation>
    </message>
    <message>
        <source>{records} accepted outside the validity of contract {contract}.</source>
        <translation>{records} {contract} келісімшартының қолданылу мерзімінен тыс қабылданған.</translation>
    </message>
    <message>
        <source>{number} accepted on {on}, after the deadline {deadline}</source>
        <translation>{number} {on} күні, {deadline} мерзімінен кейін қабылданды</translation>
    </message>
    <message>
        <source>contract {contract} is in force until {end}.</source>
        <translation>{contract} келісімшарты {end} дейін күшінде.</translation>
    </message>
    <message>
        <source>Late delivery (the contract&apos;s penalties apply): {late}.</source>
        <translation>Жеткізудің кешігуі (келісімшарттағы тұрақсыздық айыбы қолданылады): {late}.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Кері қайтарылды</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ауыстырылды</translation>
    </message>
    <message>
        <source>Name the certificate.</source>
        <translation>Сертификатты көрсетіңіз.</translation>
    </message>
    <message>
        <source>There is no certificate {number}.</source>
        <translation>{number} сертификаты жоқ.</translation>
    </message>
    <message>
        <source>superseded by certificate {number}: {reason}</source>
        <translation>{number} сертификатымен ауыстырылды: {reason}</translation>
    </message>
    <message>
        <source>Name either the lot or the certificate of the goods shipped.</source>
        <translation>Жөнелтілген өнімнің партиясын немесе сертификатын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The quantity shipped must be a whole number greater than zero.</source>
        <translation>Жөнелтілген саны нөлден үлкен бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>Shipping document</source>
        <translation>Жөнелту құжаты</translation>
    </message>
    <message>
        <source>A shipment cannot be recorded before it happens.</source>
        <translation>Жөнелтуді ол болғанға дейін тіркеуге болмайды.</translation>
    </message>
    <message>
        <source>Choose the consignee.</source>
        <translation>Жүк алушыны таңдаңыз.</translation>
    </message>
    <message>
        <source>Certificate {number} was issued on {date}: the goods cannot have been shipped under it earlier.</source>
        <translation>{number} сертификаты {date} берілген: өнім ол бойынша бұдан ертерек жөнелтілуі мүмкін емес.</translation>
    </message>
    <message>
        <source>Lot {lot} has not been accepted: only accepted goods are shipped.</source>
        <translation>{lot} партиясы қабылданбаған: тек қабылданған өнім жөнелтіледі.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Жөнелту</translation>
    </message>
    <message>
        <source>Lot {lot} has no valid certificate confirming quality: it cannot be shipped.</source>
        <translation>{lot} партиясында сапаны растайтын жарамды сертификат жоқ: оны жөнелтуге болмайды.</translation>
    </message>
    <message>
        <source>Only {left} {unit} of lot {lot} are certified and not yet shipped; {qty} {unit} cannot be shipped.</source>
        <translation>{lot} партиясының тек {left} {unit} сертификатталған және әлі жөнелтілмеген; {qty} {unit} жөнелтуге болмайды.</translation>
    </message>
    <message>
        <source>Certificate {number} is {status}: goods are not shipped under it.</source>
        <translation>{number} сертификаты — {status}: ол бойынша өнім жөнелтілмейді.</translation>
    </message>
    <message>
        <source>Only {room} {unit} covered by certificate {number} are not yet shipped; {qty} {unit} cannot be shipped.</source>
        <translation>{number} сертификаты бойынша тек {room} {unit} әлі жөнелтілмеген; {qty} {unit} жөнелтуге болмайды.</translation>
    </message>
    <message>
        <source>This database knows no office root key yet: the trust list cannot be made. The head of office exports it from the workstation that holds the root key.</source>
        <extracomment>audit action of a new key (local: it has no change-log entry) where the certificate service offers ``revoked_certificates(session)`` (issue 4)</extracomment>
        <translation>Бұл дерекқорда әлі әскери өкілдіктің түбір кілті жоқ: сенім тізімін жасау мүмкін емес. Әскери өкілдік бастығы оны түбір кілті сақталған жұмыс орнынан экспорттайды.</translation>
    </message>
    <message>
        <source>The office root key is not on this workstation. Export the trust list on the head of office&apos;s workstation, which holds it.</source>
        <translation>Әскери өкілдіктің түбір кілті бұл жұмыс орнында жоқ. Сенім тізімін ол сақталған әскери өкілдік бастығының жұмыс орнында экспорттаңыз.</translation>
    </message>
    <message>
        <source>The private half of key {kid} is not on this workstation.</source>
        <translation>{kid} кілтінің жабық бөлігі бұл жұмыс орнында жоқ.</translation>
    </message>
    <message>
        <source>The bundle carries change {seq} of workstation {site} with other content than this workstation already holds under that number. It is refused; report it to the head of office.</source>
        <extracomment>(version, the value as the change log holds it)</extracomment>
        <translation>Пакетте {site} жұмыс орнының {seq} өзгерісі бар, оның мазмұны бұл жұмыс орнында осы нөмірмен сақталғаннан өзгеше. Пакет қабылданбады; бұл туралы әскери өкілдік бастығына хабарлаңыз.</translation>
    </message>
    <message>
        <source>The bundle skips changes of workstation {site}. Nothing was imported.</source>
        <translation>Пакетте {site} жұмыс орнының өзгерістері өткізіп жіберілген. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The bundle is malformed: a row&apos;s id does not match its change. Nothing was imported.</source>
        <translation>Пакет бүлінген: жолдың идентификаторы оның өзгерісіне сәйкес келмейді. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The bundle changes a record of {table} this workstation never received. It is refused; import the missing bundles first.</source>
        <translation>Пакет бұл жұмыс орны ешқашан алмаған {table} кестесінің жазбасын өзгертеді. Пакет қабылданбады; алдымен жетіспейтін пакеттерді импорттаңыз.</translation>
    </message>
    <message>
        <source>The bundle changes an issued document ({table} {id}) that this workstation holds with other content. Issued documents never change; the bundle is refused. Report it to the head of office.</source>
        <translation>Пакет бұл жұмыс орнында басқа мазмұнмен сақталған берілген құжатты ({table} {id}) өзгертеді. Берілген құжаттар ешқашан өзгертілмейді; пакет қабылданбады. Бұл туралы әскери өкілдік бастығына хабарлаңыз.</translation>
    </message>
    <message>
        <source>The bundle deletes an issued document ({table} {id}); issued documents are never deleted. The bundle is refused.</source>
        <translation>Пакет берілген құжатты ({table} {id}) жояды; берілген құжаттар ешқашан жойылмайды. Пакет қабылданбады.</translation>
    </message>
    <message>
        <source>The bundle file is {size} bytes, more than the {limit} bytes allowed. Nothing was imported.</source>
        <translation>Пакет файлының өлшемі — {size} байт, бұл рұқсат етілген {limit} байттан артық. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This bundle was not written for this workstation: none of its recipients&apos; keys is this workstation&apos;s. Nothing was imported.</source>
        <translation>Бұл пакет осы жұмыс орны үшін жасалмаған: оның алушыларының бірде-бір кілті осы жұмыс орнына тиесілі емес. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The bundle uses envelope version {version}, which this version of milrep cannot read. Update milrep; nothing was imported.</source>
        <translation>Пакет {version} конверт нұсқасын пайдаланады, оны milrep-тің бұл нұсқасы оқи алмайды. milrep-ті жаңартыңыз; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its content: it was changed after it was written, or damaged. Nothing was imported.</source>
        <translation>Пакеттің қолтаңбасы оның мазмұнына сәйкес келмейді: ол жасалғаннан кейін өзгертілген немесе бүлінген. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The bundle is signed with another key than the one its manifest names. Nothing was imported.</source>
        <translation>Пакет оның манифестінде көрсетілген кілтпен емес, басқа кілтпен қол қойылған. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The bundle&apos;s content does not match its manifest (another bundle&apos;s content, or damaged). Nothing was imported.</source>
        <translation>Пакеттің мазмұны оның манифестіне сәйкес келмейді (басқа пакеттің мазмұны немесе бүліну). Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The bundle uses format version {version}, which this version of milrep cannot read. Update milrep; nothing was imported.</source>
        <translation>Пакет {version} формат нұсқасын пайдаланады, оны milrep-тің бұл нұсқасы оқи алмайды. milrep-ті жаңартыңыз; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The file is not a milrep bundle, or it is damaged or incomplete (was the medium removed too early?). Nothing was imported; ask for the bundle to be written again.</source>
        <translation>Файл milrep пакеті емес, не бүлінген немесе толық емес (тасымалдағыш тым ерте алынған жоқ па?). Ештеңе импортталмады; пакетті қайта жасауды сұраңыз.</translation>
    </message>
    <message>
        <source>The bundle declares more data than milrep accepts in one bundle (a damaged or hostile file). Nothing was imported.</source>
        <translation>Пакетте milrep бір пакетте қабылдайтыннан көп деректер мәлімделген (бүлінген немесе зиянды файл). Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (is the medium inserted?).</source>
        <translation>{path} қалтасы жоқ (тасымалдағыш салынған ба?).</translation>
    </message>
    <message>
        <source>{n} changes to write</source>
        <translation>Жазылатын өзгерістер: {n}</translation>
    </message>
    <message>
        <source>The office keyring names no other workstation to write a bundle for.</source>
        <translation>Әскери өкілдіктің кілттер жиынтығында пакет жасауға болатын басқа бірде-бір жұмыс орны көрсетілмеген.</translation>
    </message>
    <message>
        <source>Workstation {site} has no valid key in the office keyring; a bundle cannot be written for it.</source>
        <translation>{site} жұмыс орнының әскери өкілдіктің кілттер жиынтығында жарамды кілті жоқ; ол үшін пакет жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>The bundle written to {path} reads back differently: the medium may be faulty. The file was removed; write the bundle again, to another medium.</source>
        <translation>{path} ішіне жазылған пакет бақылау оқуында өзгеше оқылады: тасымалдағыш ақаулы болуы мүмкін. Файл жойылды; пакетті басқа тасымалдағышқа қайта жазыңыз.</translation>
    </message>
    <message>
        <source>This bundle belongs to another office&apos;s deployment, not to this one. Nothing was imported.</source>
        <extracomment>when ``site`` is the bundle&apos;s origin: its bundles not yet received that may carry them</extracomment>
        <translation>Бұл пакет осы әскери өкілдіктің емес, басқа әскери өкілдіктің өрістетіміне тиесілі. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This bundle was written by this workstation; it is meant for the others. Nothing was imported.</source>
        <translation>Бұл пакетті осы жұмыс орны жасаған; ол басқаларға арналған. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This bundle is addressed to other workstations, not to this one. Nothing was imported.</source>
        <translation>Бұл пакет осы жұмыс орнына емес, басқа жұмыс орындарына жолданған. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The bundle was written by a milrep with database version {theirs}; this workstation has version {ours}. Update milrep so both have the same version; nothing was imported.</source>
        <translation>Пакетті дерекқор нұсқасы {theirs} milrep жасаған; бұл жұмыс орнында {ours} нұсқасы. Нұсқалар бірдей болуы үшін milrep-ті жаңартыңыз; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The bundle carries changes made at the headquarters, which only reads this office&apos;s data. It is refused; report it to the head of office.</source>
        <translation>Пакетте осы әскери өкілдіктің деректерін тек оқитын жоғары тұрған басқару органында жасалған өзгерістер бар. Пакет қабылданбады; бұл туралы әскери өкілдік бастығына хабарлаңыз.</translation>
    </message>
    <message>
        <source>The bundle&apos;s changes contradict the data stored here ({detail}). Nothing was imported; report it to the head of office.</source>
        <translation>Пакеттің өзгерістері мұнда сақталған деректерге қайшы келеді ({detail}). Ештеңе импортталмады; бұл туралы әскери өкілдік бастығына хабарлаңыз.</translation>
    </message>
    <message>
        <source>Workstation {site} has sent two different bundles with the same number {seq}. The second one is refused and an alarm is recorded in the journal; report it to the head of office (the workstation&apos;s key may be compromised, or its database was restored from a copy).</source>
        <translation>{site} жұмыс орны бірдей {seq} нөмірлі екі түрлі пакет жіберді. Екінші пакет қабылданбады және журналда дабыл тіркелді; бұл туралы әскери өкілдік бастығына хабарлаңыз (жұмыс орнының кілті бұзылған болуы мүмкін немесе оның дерекқоры көшірмеден қалпына келтірілген).</translation>
    </message>
    <message>
        <source>Bundle {seq} of workstation {site} does not follow on from the bundles already received from it: two different histories exist. It is refused and an alarm is recorded in the journal; report it to the head of office.</source>
        <translation>{site} жұмыс орнының {seq} пакеті одан бұрын алынған пакеттердің жалғасы емес: екі түрлі тарих бар. Пакет қабылданбады және журналда дабыл тіркелді; бұл туралы әскери өкілдік бастығына хабарлаңыз.</translation>
    </message>
    <message>
        <source>The bundle&apos;s clock is {hours} hours ahead of this workstation&apos;s. One of the two computers has a wrong date or time: correct it and write the bundle again. Nothing was imported.</source>
        <translation>Пакеттің сағаты осы жұмыс орнының сағатынан {hours} сағатқа алда. Екі компьютердің бірінде күн немесе уақыт қате: оны түзетіп, пакетті қайта жасаңыз. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The bundle is signed with a key this office&apos;s keyring does not know (key id {kid}). Import the current keyring from the head of office first; nothing was imported.</source>
        <extracomment>the last bundle sequence this key validly signed, once revoked; None while in force</extracomment>
        <translation>Пакет осы әскери өкілдіктің кілттер жиынтығына белгісіз кілтпен қол қойылған (кілт идентификаторы {kid}). Алдымен әскери өкілдік бастығынан алынған ағымдағы кілттер жиынтығын импорттаңыз; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The bundle claims to come from workstation {origin} but is signed with the key of another workstation ({signer}). It is refused; report it to the head of office.</source>
        <translation>Пакет {origin} жұмыс орнынан келген деп мәлімделген, бірақ басқа жұмыс орнының ({signer}) кілтімен қол қойылған. Пакет қабылданбады; бұл туралы әскери өкілдік бастығына хабарлаңыз.</translation>
    </message>
    <message>
        <source>The bundle is number {seq} of its workstation, but that workstation&apos;s key was revoked after bundle {last}. It is refused; report it to the head of office.</source>
        <translation>Пакет өз жұмыс орнының {seq} нөмірлі пакеті, бірақ сол жұмыс орнының кілті {last} пакетінен кейін кері қайтарылған. Пакет қабылданбады; бұл туралы әскери өкілдік бастығына хабарлаңыз.</translation>
    </message>
    <message>
        <source>This keyring belongs to another office&apos;s deployment. Nothing was changed.</source>
        <translation>Бұл кілттер жиынтығы басқа әскери өкілдіктің өрістетіміне тиесілі. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This keyring is not signed by the office root key this workstation trusts. It is refused; nothing was changed.</source>
        <translation>Бұл кілттер жиынтығына осы жұмыс орны сенетін әскери өкілдіктің түбір кілтімен қол қойылмаған. Ол қабылданбады; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This keyring names a new office root key but is not signed by both the current root and the new one. It is refused; nothing was changed.</source>
        <translation>Бұл кілттер жиынтығында әскери өкілдіктің жаңа түбір кілті көрсетілген, бірақ оған ағымдағы және жаңа түбір кілттерінің екеуімен де қол қойылмаған. Ол қабылданбады; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This keyring is version {old}; version {new} is already installed. An older keyring is never installed; nothing was changed.</source>
        <translation>Бұл кілттер жиынтығының нұсқасы — {old}; {new} нұсқасы орнатылып қойған. Ескі кілттер жиынтығы ешқашан орнатылмайды; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Another keyring with the same version {version} is already installed. It is refused; report it to the head of office.</source>
        <translation>Дәл сол {version} нұсқалы басқа кілттер жиынтығы орнатылып қойған. Ол қабылданбады; бұл туралы әскери өкілдік бастығына хабарлаңыз.</translation>
    </message>
    <message>
        <source>The keyring&apos;s signature does not match its content: it was changed or damaged. It is refused; nothing was changed.</source>
        <translation>Кілттер жиынтығының қолтаңбасы оның мазмұнына сәйкес келмейді: ол өзгертілген немесе бүлінген. Ол қабылданбады; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The file is not a milrep keyring, or it is damaged. Nothing was changed; ask the head of office for the keyring again.</source>
        <translation>Файл milrep кілттер жиынтығы емес немесе бүлінген. Ештеңе өзгертілмеді; кілттер жиынтығын әскери өкілдік бастығынан қайта сұраңыз.</translation>
    </message>
    <message>
        <source>This workstation has no office keyring yet: bundles can be neither written nor read. Import the keyring the head of office gave you.</source>
        <translation>Бұл жұмыс орнында әлі әскери өкілдіктің кілттер жиынтығы жоқ: пакеттерді жасау да, оқу да мүмкін емес. Әскери өкілдік бастығы берген кілттер жиынтығын импорттаңыз.</translation>
    </message>
    <message>
        <source>This workstation knows no office root key, so it cannot check a keyring. It gets the root key when it joins the office.</source>
        <translation>Бұл жұмыс орнына әскери өкілдіктің түбір кілті белгісіз, сондықтан ол кілттер жиынтығын тексере алмайды. Түбір кілтін ол әскери өкілдікке қосылған кезде алады.</translation>
    </message>
    <message>
        <source>The office root key is not on this workstation. Endorse the keyring on the head of office&apos;s workstation, which holds it.</source>
        <translation>Әскери өкілдіктің түбір кілті бұл жұмыс орнында жоқ. Кілттер жиынтығын ол сақталған әскери өкілдік бастығының жұмыс орнында куәландырыңыз.</translation>
    </message>
    <message>
        <source>The bundle holds data this version of milrep does not know (a table or a column of another schema version). Update milrep on both workstations to the same version; nothing was imported.</source>
        <extracomment>stamped from the change itself (its clock and origin), never taken from its data</extracomment>
        <translation>Пакетте milrep-тің бұл нұсқасына белгісіз деректер бар (сызбаның басқа нұсқасының кестесі немесе бағаны). Екі жұмыс орнындағы milrep-ті бір нұсқаға дейін жаңартыңыз; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>the text given</source>
        <translation>берілген мәтін</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>{path} файлы жоқ.</translation>
    </message>
    <message>
        <source>the file given</source>
        <translation>берілген файл</translation>
    </message>
    <message>
        <source>{path} is neither a PDF, an image nor a seal text.</source>
        <translation>{path} PDF те, сурет те, мөр мәтіні де емес.</translation>
    </message>
    <message>
        <source>The image is too large to be a scan or photo.</source>
        <translation>Сурет скан немесе фотосурет болу үшін тым үлкен.</translation>
    </message>
    <message>
        <source>{name} has {mp:.0f} megapixels; at most {limit} are read. Scan at 300 dpi or take the photo at a lower resolution.</source>
        <translation>{name} — {mp:.0f} мегапиксель; ең көбі {limit} оқылады. 300 dpi ажыратымдылықпен сканерлеңіз немесе фотосуретті төменірек ажыратымдылықпен түсіріңіз.</translation>
    </message>
    <message>
        <source>{name} is a damaged image: {reason}</source>
        <translation>{name} — бүлінген сурет: {reason}</translation>
    </message>
    <message>
        <source>{name} is a damaged or protected PDF ({reason}).</source>
        <translation>{name} — бүлінген немесе қорғалған PDF ({reason}).</translation>
    </message>
</context>
</TS>
