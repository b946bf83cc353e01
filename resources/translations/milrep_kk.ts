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
    <name>AssetDetail</name>
    <message>
        <source>Record movement…</source>
        <translation>Қозғалысты жазу…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Түзету…</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Қозғалыстар</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <source>To / recipient</source>
        <translation>Қайда / алушы</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Grounds, signed by</source>
        <translation>Негіздеме, қол қойған</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Кейінгі қалдық</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Алыну тәсілі</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <source>Unit cost / value</source>
        <translation>Бірлік бағасы / құны</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Орналасқан жері</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты тұлға</translation>
    </message>
    <message>
        <source>Acquired by</source>
        <translation>Түсу құжаты</translation>
    </message>
    <message>
        <source>{number} of {date}</source>
        <translation>{date} № {number}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>AssetEditor</name>
    <message>
        <source>Add an asset</source>
        <translation>Материалдық құндылықты қосу</translation>
    </message>
    <message>
        <source>Correct the asset</source>
        <translation>Материалдық құндылықты түзету</translation>
    </message>
    <message>
        <source>e.g. Vibration test bench VS-100</source>
        <translation>мысалы, VS-100 діріл стенді</translation>
    </message>
    <message>
        <source>Waybill, invoice or manufacturing act No.</source>
        <translation>Жүкқұжаттың, шот-фактураның немесе дайындау актісінің №</translation>
    </message>
    <message>
        <source>Inventory No.</source>
        <translation>Түгендеу №</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Created or purchased</source>
        <translation>Жасалған немесе сатып алынған</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>Unit cost, ₸</source>
        <translation>Бірлік бағасы, ₸</translation>
    </message>
    <message>
        <source>Acquisition document</source>
        <translation>Түсу құжаты</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Құжат күні</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Орналасқан жері</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Материалдық жауапты тұлға</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>Түскен саны</translation>
    </message>
    <message>
        <source>Receipt signed by</source>
        <translation>Түсуге қол қойған</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>The quantity is recorded as a receipt movement; later changes are movements (transfer, handover, write-off).</source>
        <translation>Саны «түсу» қозғалысы ретінде жазылады; кейінгі өзгерістер қозғалыстар ретінде ресімделеді (орын ауыстыру, беру, есептен шығару).</translation>
    </message>
    <message>
        <source>Location and acquisition document follow the movements and cannot be corrected here.</source>
        <translation>Орналасқан жері мен түсу құжаты қозғалыстар бойынша айқындалады және мұнда түзетілмейді.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
</context>
<context>
    <name>AssetsView</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>UTF-8 кодындағы CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Шығару…</translation>
    </message>
    <message>
        <source>Register as {fmt}…</source>
        <translation>Тізілім {fmt} форматында…</translation>
    </message>
    <message>
        <source>Movements of a period as {fmt}…</source>
        <translation>Кезеңдегі қозғалыстар {fmt} форматында…</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Тізілімді шығару</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>{path} жазылуда…</translation>
    </message>
    <message>
        <source>Movements of a period</source>
        <translation>Кезеңдегі қозғалыстар</translation>
    </message>
    <message>
        <source>Export the movements</source>
        <translation>Қозғалыстарды шығару</translation>
    </message>
    <message>
        <source>Wrote {path} ({n} rows).</source>
        <translation>{path} жазылды (жолдар: {n}).</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген күй</translation>
    </message>
    <message>
        <source>Record movement…</source>
        <translation>Қозғалысты жазу…</translation>
    </message>
    <message>
        <source>Add asset…</source>
        <translation>Құндылық қосу…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>No asset matches</source>
        <translation>Материалдық құндылықтар табылмады</translation>
    </message>
    <message>
        <source>Try part of the inventory number, name, place or contract, or another status.</source>
        <translation>Түгендеу нөмірінің, атауының, орнының немесе шарттың бір бөлігін енгізіңіз не басқа күйді таңдаңыз.</translation>
    </message>
    <message>
        <source>No material assets yet</source>
        <translation>Материалдық құндылықтар әлі жоқ</translation>
    </message>
    <message>
        <source>Register the assets created or purchased with budget funds under the state defense order (Article 27.3.5). Their quantities come from movements: a receipt, transfers, handovers, write-offs.</source>
        <translation>Мемлекеттік қорғаныстық тапсырыс шеңберінде бюджет қаражаты есебінен жасалған немесе сатып алынған материалдық құндылықтарды тіркеңіз (27-баптың 3-тармағының 5-тармақшасы). Олардың саны қозғалыстар бойынша айқындалады: түсу, орын ауыстыру, беру, есептен шығару.</translation>
    </message>
    <message>
        <source>Add an asset</source>
        <translation>Материалдық құндылықты қосу</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Қозғалыстар</translation>
    </message>
    <message>
        <source>Open asset</source>
        <translation>Материалдық құндылықты ашу</translation>
    </message>
    <message>
        <source>No movement matches</source>
        <translation>Қозғалыстар табылмады</translation>
    </message>
    <message>
        <source>Try a document number, grounds or an inventory number.</source>
        <translation>Құжат нөмірін, негіздемені немесе түгендеу нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <source>No movements yet</source>
        <translation>Қозғалыстар әлі жоқ</translation>
    </message>
    <message>
        <source>Registering an asset records its receipt; transfers, handovers and write-offs are recorded from the register.</source>
        <translation>Материалдық құндылықты тіркеу кезінде оның түсуі жазылады; орын ауыстыру, беру және есептен шығару тізілімнен ресімделеді.</translation>
    </message>
    <message>
        <source>Material assets</source>
        <translation>Материалдық құндылықтар</translation>
    </message>
    <message>
        <source>Inventory counts</source>
        <translation>Түгендеулер</translation>
    </message>
</context>
<context>
    <name>CertificateDialogs</name>
    <message>
        <source>Certificate No. {number} of {date}: {item}, {qty} {unit}, lot {lots}; recipient {recipient}.</source>
        <translation>{date} № {number} куәлік: {item}, {qty} {unit}, партия {lots}; алушы {recipient}.</translation>
    </message>
    <message>
        <source>Revoke certificate {number}</source>
        <translation>{number} куәлікті кері қайтарып алу</translation>
    </message>
    <message>
        <source>The certificate stops being valid at once, here and, with the next trust list, for every verifier. It cannot be undone.</source>
        <translation>Куәлік бірден күшін жояды — мұнда, ал келесі сенім тізімімен — барлық тексерушілер үшін. Бұл әрекетті болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Sign revocation…</source>
        <translation>Кері қайтарып алуға қол қою…</translation>
    </message>
    <message>
        <source>Revocation of certificate {number}.
Reason: {reason}</source>
        <translation>{number} куәлікті кері қайтарып алу.
Себебі: {reason}</translation>
    </message>
    <message>
        <source>Re-issue certificate {number}</source>
        <translation>{number} куәлікті қайта ресімдеу</translation>
    </message>
    <message>
        <source>A new certificate is issued for the same goods (the Article 27.5 conditions are checked again) and this one is revoked as superseded.</source>
        <translation>Сол өнімге жаңа куәлік беріледі (27-баптың 5-тармағының шарттары қайта тексеріледі), ал осы куәлік ауыстырылған ретінде кері қайтарып алынады.</translation>
    </message>
    <message>
        <source>The same recipient</source>
        <translation>Сол алушы</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Sign new certificate…</source>
        <translation>Жаңа куәлікке қол қою…</translation>
    </message>
    <message>
        <source>New certificate replacing {number}.
Reason: {reason}</source>
        <translation>{number} орнына жаңа куәлік.
Себебі: {reason}</translation>
    </message>
    <message>
        <source>Record shipment</source>
        <translation>Жөнелтуді тіркеу</translation>
    </message>
    <message>
        <source>e.g. waybill TTN-0001</source>
        <translation>мысалы, TTN-0001 жүкқұжаты</translation>
    </message>
    <message>
        <source>The certificate&apos;s recipient</source>
        <translation>Куәлік бойынша алушы</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>Жөнелтілген күні</translation>
    </message>
    <message>
        <source>Shipping document</source>
        <translation>Жөнелту құжаты</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>Жүк алушы</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <source>Certified and not yet shipped: {n} {unit}</source>
        <translation>Куәлікпен ресімделген және әлі жөнелтілмеген: {n} {unit}</translation>
    </message>
</context>
<context>
    <name>CertificateWizard</name>
    <message>
        <source>Acceptance record</source>
        <translation>Қабылдау актісі</translation>
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
        <source>Accepted on</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Not yet certified</source>
        <translation>Куәландырылмаған</translation>
    </message>
    <message>
        <source>The contract&apos;s recipient</source>
        <translation>Шарт бойынша алушы</translation>
    </message>
    <message>
        <source>Goods to certify</source>
        <translation>Куәландырылатын өнім</translation>
    </message>
    <message>
        <source>Tick the acceptance records of one item. Without a quantity or serial numbers, every unit not yet certified is covered.</source>
        <translation>Бір позицияның қабылдау актілерін белгілеңіз. Саны немесе зауыттық нөмірлері көрсетілмесе, әлі куәландырылмаған барлық бұйымдар қамтылады.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>All not yet certified</source>
        <translation>Куәландырылмағанның бәрі</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Зауыттық нөмірлер</translation>
    </message>
    <message>
        <source>Only these units, e.g. 0405, 0406 (optional)</source>
        <translation>Тек осы бұйымдар, мысалы 0405, 0406 (міндетті емес)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>No acceptance record has units left to certify. Goods are certified after they are accepted (Acceptance area).</source>
        <translation>Куәландырылмаған бұйымдары бар қабылдау актілері жоқ. Өнім қабылданғаннан кейін куәландырылады («Қабылдау» бөлімі).</translation>
    </message>
    <message>
        <source>Sign the certificate</source>
        <translation>Куәлікке қол қою</translation>
    </message>
    <message>
        <source>Your signature is stored with the certificate. Once issued, it cannot be changed, only revoked or re-issued by the head of office.</source>
        <translation>Қолтаңбаңыз куәлікпен бірге сақталады. Берілген куәлікті өзгертуге болмайды: әскери өкілдіктің бастығы оны тек кері қайтара немесе қайта бере алады.</translation>
    </message>
    <message>
        <source>Sign and issue</source>
        <translation>Қол қойып, беру</translation>
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
        <source>Certificate for {item}: {qty} {unit}, lot {lots}. Recipient: {recipient}.</source>
        <translation>Куәлік: {item}, {qty} {unit}, партия {lots}. Алушы: {recipient}.</translation>
    </message>
    <message>
        <source>Type your password to sign.</source>
        <translation>Қол қою үшін құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Issuing the certificate…</source>
        <translation>Куәлік берілуде…</translation>
    </message>
    <message>
        <source>The certificate was not issued.</source>
        <translation>Куәлік берілмеді.</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Куәлік берілді</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>The certificate is signed and sealed. Print it and put the office stamp in its place; the QR code lets the receiving unit verify it.</source>
        <translation>Куәлікке қол қойылды және ол QR мөрмен расталды. Оны басып шығарып, белгіленген орынға әскери өкілдіктің мөрін басыңыз; алушы куәлікті QR коды арқылы тексере алады.</translation>
    </message>
    <message>
        <source>Certificate No. {number}</source>
        <translation>№ {number} куәлік</translation>
    </message>
    <message>
        <source>Issue a certificate</source>
        <translation>Куәлік беру</translation>
    </message>
    <message>
        <source>met</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>ОРЫНДАЛМАДЫ</translation>
    </message>
    <message>
        <source>Article 27.5 checklist</source>
        <translation>27-баптың 5-тармағының шарттарын тексеру</translation>
    </message>
    <message>
        <source>A certificate may be issued only when every condition is met.</source>
        <translation>Куәлік барлық шарттар орындалған жағдайда ғана берілуі мүмкін.</translation>
    </message>
    <message>
        <source>Sign and issue…</source>
        <translation>Қол қойып, беру…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Қайта тексеру</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>✗  {n} of {total} conditions not met: the certificate cannot be issued.</source>
        <translation>✗  {total} шарттың {n} орындалмаған: куәлікті беруге болмайды.</translation>
    </message>
    <message>
        <source>Correct what is not met (or choose other goods), then press Check again.</source>
        <translation>Орындалмаған шарттарды түзетіңіз (немесе басқа өнімді таңдаңыз), содан кейін «Қайта тексеру» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>✓  All {total} conditions are met.</source>
        <translation>✓  Барлық {total} шарт орындалды.</translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <source>Acceptance record</source>
        <translation>Қабылдау актісі</translation>
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
        <source>Serial numbers</source>
        <translation>Зауыттық нөмірлер</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Куәліктер</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Тексеру…</translation>
    </message>
    <message>
        <source>Verify a certificate&apos;s QR seal from a PDF, a scan or the text (Ctrl+Shift+V)</source>
        <translation>Куәліктің QR мөрін PDF, скан-көшірме немесе мәтін бойынша тексеру (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Print selected…</source>
        <translation>Таңдалғандарды басып шығару…</translation>
    </message>
    <message>
        <source>Print every certificate selected in the list as one job (Ctrl+click or Shift+click to select several)</source>
        <translation>Тізімде таңдалған барлық куәліктерді бір тапсырмамен басып шығару (бірнешеуін таңдау үшін Ctrl+шерту немесе Shift+шерту)</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>Куәлік беру…</translation>
    </message>
    <message>
        <source>Issue a certificate for accepted goods (Ctrl+N)</source>
        <translation>Қабылданған өнімге куәлік беру (Ctrl+N)</translation>
    </message>
    <message>
        <source>Print selected ({n})…</source>
        <translation>Таңдалғандарды басып шығару ({n})…</translation>
    </message>
    <message>
        <source>No certificate matches</source>
        <translation>Сәйкес куәліктер табылмады</translation>
    </message>
    <message>
        <source>Try fewer words or another status.</source>
        <translation>Іздеу сөздерін азайтыңыз немесе басқа мәртебені таңдаңыз.</translation>
    </message>
    <message>
        <source>No certificates yet</source>
        <translation>Куәліктер әлі жоқ</translation>
    </message>
    <message>
        <source>A certificate is issued for accepted goods once every Article 27.5 condition is met.</source>
        <translation>Куәлік қабылданған өнімге 27-баптың 5-тармағының барлық шарттары орындалғанда беріледі.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Әскери өкіл</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Nomenclature code</source>
        <translation>Номенклатура коды</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Партиялар</translation>
    </message>
    <message>
        <source>Conforms to</source>
        <translation>Сәйкес келеді</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Сынақтар</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Жинақтылық</translation>
    </message>
    <message>
        <source>complete ({n} lines checked)</source>
        <translation>толық ({n} жол тексерілді)</translation>
    </message>
    <message>
        <source>see the acceptance records</source>
        <translation>қабылдау актілерін қараңыз</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Кепілдік</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Құпиялылық белгісі</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Орнына берілген</translation>
    </message>
    <message>
        <source>certificate {number}: {reason}</source>
        <translation>{number} куәлік: {reason}</translation>
    </message>
    <message>
        <source>Seal key</source>
        <translation>Мөр кілті</translation>
    </message>
    <message>
        <source>rev. {n}</source>
        <translation>ред. {n}</translation>
    </message>
    <message>
        <source>Choose a certificate in the list to see what it certifies.</source>
        <translation>Куәландырылатын өнімді көру үшін тізімнен куәлікті таңдаңыз.</translation>
    </message>
    <message>
        <source>Acceptance records covered</source>
        <translation>Қамтылған қабылдау актілері</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Record shipment…</source>
        <translation>Жөнелтуді тіркеу…</translation>
    </message>
    <message>
        <source>Record that goods covered by this certificate left the plant</source>
        <translation>Осы куәлікпен куәландырылған өнімнің зауыттан жөнелтілгенін тіркеу</translation>
    </message>
    <message>
        <source>Re-issue…</source>
        <translation>Қайта беру…</translation>
    </message>
    <message>
        <source>A new certificate for the same goods that replaces this one (head of office)</source>
        <translation>Осы куәліктің орнына сол өнімге берілетін жаңа куәлік (әскери өкілдіктің бастығы)</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Кері қайтару…</translation>
    </message>
    <message>
        <source>Revoke this certificate, with the reason (head of office)</source>
        <translation>Осы куәлікті себебін көрсетіп кері қайтару (әскери өкілдіктің бастығы)</translation>
    </message>
    <message>
        <source>Certificate No. {number}</source>
        <translation>№ {number} куәлік</translation>
    </message>
    <message>
        <source>Revoked on {date} by {who}: {reason}</source>
        <translation>{date} кері қайтарылды, {who}: {reason}</translation>
    </message>
    <message>
        <source>Replaced by certificate {number}.</source>
        <translation>{number} куәлікпен ауыстырылды.</translation>
    </message>
    <message>
        <source>Only the head of office revokes or re-issues a certificate.</source>
        <translation>Куәлікті тек әскери өкілдіктің бастығы кері қайтарады немесе қайта береді.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Куәлік</translation>
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
    <name>Charts</name>
    <message>
        <source>{n}. {label}
Defects: {value}
Cumulative: {share:.1f} %</source>
        <translation>{n}. {label}
Ақаулар: {value}
Жинақталған үлес: {share:.1f} %</translation>
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
    <name>ConflictsView</name>
    <message>
        <source>Business</source>
        <translation>Іскерлік</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мән</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Реттелген</translation>
    </message>
    <message>
        <source>under a suspension</source>
        <translation>тоқтата тұру кезінде</translation>
    </message>
    <message>
        <source>certified twice (27.5)</source>
        <translation>екі рет куәландырылған (27.5)</translation>
    </message>
    <message>
        <source>balance below zero (27.3.5)</source>
        <translation>қалдық нөлден төмен (27.3.5)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қақтығыстар</translation>
    </message>
    <message>
        <source>Business, open</source>
        <translation>Іскерлік, ашық</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>No conflicts here</source>
        <translation>Қақтығыстар жоқ</translation>
    </message>
    <message>
        <source>When two workstations change the same value without knowing of each other, or an imported document crosses a rule, it is listed here to be settled.</source>
        <translation>Екі жұмыс орны бір мәнді бір-бірінен бейхабар өзгерткенде немесе жүктелген құжат ережені бұзғанда, қақтығыс реттеу үшін осы жерде көрсетіледі.</translation>
    </message>
    <message>
        <source>Comment (who decided what, and why)</source>
        <translation>Түсініктеме (кім, қандай шешім қабылдады және неге)</translation>
    </message>
    <message>
        <source>Keep stored value</source>
        <translation>Сақталған мәнді қалдыру</translation>
    </message>
    <message>
        <source>Take other value</source>
        <translation>Басқа мәнді қабылдау</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Қаралды деп белгілеу</translation>
    </message>
    <message>
        <source>Settle as head of office</source>
        <translation>Әскери өкілдіктің бастығы ретінде реттеу</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Қақтығыс таңдалмаған</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Сақталған мән</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Басқа мән</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Осы жазба</translation>
    </message>
    <message>
        <source>Crossed with</source>
        <translation>Қайшы келетін жазба</translation>
    </message>
    <message>
        <source>Open since {when}.</source>
        <translation>{when} бастап ашық.</translation>
    </message>
    <message>
        <source>Settled by {who} on {when}: {how}.</source>
        <translation>{when} реттелді, {who}: {how}.</translation>
    </message>
    <message>
        <source>Comment: {c}</source>
        <translation>Түсініктеме: {c}</translation>
    </message>
    <message>
        <source>Only the head of office settles a business conflict.</source>
        <translation>Іскерлік қақтығысты тек әскери өкілдіктің бастығы реттейді.</translation>
    </message>
    <message>
        <source>Write what was decided (for example, the certificate revoked) in the comment first.</source>
        <translation>Алдымен түсініктемеде қабылданған шешімді көрсетіңіз (мысалы, куәлік кері қайтарылды).</translation>
    </message>
    <message>
        <source>Keeping or taking a value writes it as a new change: the other sites settle the conflict too when they import your next bundle.</source>
        <translation>Қалдырылған немесе қабылданған мән жаңа өзгеріс ретінде жазылады: басқа жұмыс орындары сіздің келесі алмасу пакетіңізді жүктегенде қақтығысты олар да реттейді.</translation>
    </message>
    <message>
        <source>(not known here)</source>
        <translation>(мұнда белгісіз)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>not on this workstation</source>
        <translation>осы жұмыс орнында жоқ</translation>
    </message>
    <message>
        <source>written at {site}, {when}</source>
        <translation>жазылған жері: {site}, {when}</translation>
    </message>
    <message>
        <source>clock {hlc}</source>
        <translation>уақыт белгісі {hlc}</translation>
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
    <name>CountsPanel</name>
    <message>
        <source>Inventory No.</source>
        <translation>Инвентарлық нөмір</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлш. бірл.</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Есеп бойынша</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Саналғаны</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Not a quantity: type a number, e.g. 12 or 3,5.</source>
        <translation>Саны дұрыс емес: сан енгізіңіз, мысалы 12 немесе 3,5.</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>Жетіспеушілік</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Артық</translation>
    </message>
    <message>
        <source>Start an inventory count</source>
        <translation>Түгендеуді бастау</translation>
    </message>
    <message>
        <source>One member per line</source>
        <translation>Әр жолға комиссияның бір мүшесі</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Орналасқан жері</translation>
    </message>
    <message>
        <source>Count date</source>
        <translation>Түгендеу күні</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>The sheet lists every asset kept there at the end of the count date, with the quantity its movements give. Movements there dated on or before the count are refused from now on.</source>
        <translation>Тізімдемеге түгендеу күнінің соңында осы жерде сақталған барлық материалдық құндылықтар олардың қозғалысы бойынша шыққан санымен енгізіледі. Бұдан былай осы жердегі түгендеу күніне дейінгі (сол күнді қоса алғанда) күнмен жасалған қозғалыстар қабылданбайды.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Бастау</translation>
    </message>
    <message>
        <source>Start count…</source>
        <translation>Түгендеуді бастау…</translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation>Тізімдемені басып шығару…</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>Санау нәтижелерін сақтау</translation>
    </message>
    <message>
        <source>Reconcile and sign…</source>
        <translation>Салыстырып, қол қою…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Айырмашылықтар</translation>
    </message>
    <message>
        <source>No inventory count yet. Start one for a place: its sheet lists what should be there.</source>
        <translation>Түгендеу әлі жүргізілмеген. Сақтау орнын түгендеуді бастаңыз: оның тізімдемесінде сол жерде болуға тиіс құндылықтар көрсетіледі.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; — {location}, {date}: reconciled by {who}; {n} discrepancy(ies).</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; — {location}, {date}: салыстырып тексерген {who}; айырмашылықтар саны: {n}.</translation>
    </message>
    <message>
        <source>Conclusion: {text}</source>
        <translation>Қорытынды: {text}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; — {location}, balances at the end of {date}. Type each counted quantity and press Enter; 0 when nothing is found.</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; — {location}, {date} күннің соңындағы қалдықтар. Әрбір саналған санды енгізіп, Enter пернесін басыңыз; ештеңе табылмаса — 0.</translation>
    </message>
    <message>
        <source>Print record…</source>
        <translation>Актіні басып шығару…</translation>
    </message>
    <message>
        <source>Inventory count sheet</source>
        <translation>Түгендеу тізімдемесі</translation>
    </message>
    <message>
        <source>Count {number} of {location} on {date}: {n} line(s), {k} discrepancy(ies).</source>
        <translation>{number} түгендеуі ({location}, {date}): жолдар — {n}, айырмашылықтар — {k}.</translation>
    </message>
    <message>
        <source>Conclusion of the commission (what to do with the discrepancies)</source>
        <translation>Комиссияның қорытындысы (айырмашылықтар бойынша не істеу керек)</translation>
    </message>
    <message>
        <source>Discard count {number}? What was entered on it is lost; the place can be counted again.</source>
        <translation>{number} түгендеуі болдырылмасын ба? Ол бойынша енгізілген деректер жойылады; сақтау орнын қайта түгендеуге болады.</translation>
    </message>
    <message>
        <source>Discard count</source>
        <translation>Түгендеуді болдырмау</translation>
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
        <source>Raise nonconformity…</source>
        <translation>Сәйкессіздікті тіркеу…</translation>
    </message>
    <message>
        <source>Raise a nonconformity from the characteristic of the current row (its out-of-limit results are proposed as the description)</source>
        <translation>Ағымдағы жолдағы сипаттама бойынша сәйкессіздікті тіркеу (оның рұқсат етілген шектен тыс нәтижелері сипаттау мәтіні ретінде ұсынылады)</translation>
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
        <source>{value} on {unit}</source>
        <translation>{value} ({unit})</translation>
    </message>
    <message>
        <source>sample {n}</source>
        <translation>{n}-үлгі</translation>
    </message>
    <message>
        <source>{name}: {found} (required {limits})</source>
        <translation>{name}: {found} (талап: {limits})</translation>
    </message>
    <message>
        <source>{name} — lot {lot}, notice {notice}</source>
        <translation>{name} — партия {lot}, хабарлама {notice}</translation>
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
        <translation>Тексеру туралы куәлік</translation>
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
        <source>More actions</source>
        <translation>Басқа әрекеттер</translation>
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
    <name>MonthlyReport</name>
    <message>
        <source>Monthly report</source>
        <translation>Ай сайынғы есеп</translation>
    </message>
    <message>
        <source>The office&apos;s report to headquarters for one month: presentations, acceptances, returns, suspensions, certificates, reclamations and assets, with the reliability figures of the month and the trend of the twelve months ending with it.</source>
        <translation>Әскери өкілдіктің жоғары тұрған органға бір айдағы есебі: ұсынулар, қабылдау, қайтарулар, тоқтата тұрулар, сапа туралы куәліктер, рекламациялар және материалдық құндылықтар, айдың сенімділік көрсеткіштерімен және сол аймен аяқталатын он екі айдың серпінімен.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Алдын ала қарау және басып шығару…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>XLSX-ке шығару…</translation>
    </message>
    <message>
        <source>Monthly report {month}</source>
        <translation>{month} ай сайынғы есебі</translation>
    </message>
    <message>
        <source>Preparing the monthly report…</source>
        <translation>Ай сайынғы есеп дайындалуда…</translation>
    </message>
    <message>
        <source>Export the monthly report</source>
        <translation>Ай сайынғы есепті шығару</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Жазылды: {path}</translation>
    </message>
    <message>
        <source>Exporting the monthly report…</source>
        <translation>Ай сайынғы есеп шығарылуда…</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Record a movement of {number}</source>
        <translation>Қозғалысты жазу: {number}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>New responsible person</source>
        <translation>Жаңа жауапты тұлға</translation>
    </message>
    <message>
        <source>Document No.</source>
        <translation>Құжат №</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Құжат күні</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Қол қойған</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазу</translation>
    </message>
    <message>
        <source>Grounds (required)</source>
        <translation>Негіздеме (міндетті)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; {name}&lt;br&gt;Balance now: {balance} {unit}{places}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; {name}&lt;br&gt;Ағымдағы қалдық: {balance} {unit}{places}</translation>
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
    <name>OfficeDuties</name>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Cost verification</source>
        <translation>Шығындарды тексеру</translation>
    </message>
    <message>
        <source>No verification matches</source>
        <translation>Тексерулер табылмады</translation>
    </message>
    <message>
        <source>Try part of the contract number or what is verified.</source>
        <translation>Шарт нөмірінің немесе тексеру нысанының бір бөлігін енгізіп көріңіз.</translation>
    </message>
    <message>
        <source>No cost verification yet</source>
        <translation>Шығындарды тексеру әлі жүргізілмеген</translation>
    </message>
    <message>
        <source>Verify the actual costs a contractor claims, item by item: verified and disputed amounts, documents, a signed conclusion.</source>
        <translation>Орындаушы мәлімдеген нақты шығындарды баптар бойынша тексеру: расталған және даулы сомалар, құжаттар, қол қойылған қорытынды.</translation>
    </message>
    <message>
        <source>Verify costs</source>
        <translation>Шығындарды тексеру</translation>
    </message>
    <message>
        <source>Choose a contract</source>
        <translation>Шартты таңдаңыз</translation>
    </message>
    <message>
        <source>e.g. actual costs of stage 1</source>
        <translation>мысалы, 1-кезеңнің нақты шығындары</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>What is verified</source>
        <translation>Тексеру нысаны</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ашылған күні</translation>
    </message>
    <message>
        <source>Open the verification</source>
        <translation>Тексеруді ашу</translation>
    </message>
    <message>
        <source>Cost item</source>
        <translation>Шығын бабы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Claimed, ₸</source>
        <translation>Мәлімделген, ₸</translation>
    </message>
    <message>
        <source>Verified, ₸</source>
        <translation>Расталған, ₸</translation>
    </message>
    <message>
        <source>Disputed, ₸</source>
        <translation>Даулы, ₸</translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation>Растайтын құжаттар</translation>
    </message>
    <message>
        <source>Remarks (why disputed)</source>
        <translation>Ескертпелер (даулы болу себебі)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Бап қосу…</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Бапты өзгерту…</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Бапты жою</translation>
    </message>
    <message>
        <source>The office&apos;s conclusion on the verified costs</source>
        <translation>Әскери өкілдіктің тексерілген шығындар бойынша қорытындысы</translation>
    </message>
    <message>
        <source>Sign the conclusion…</source>
        <translation>Қорытындыға қол қою…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contract {number}&lt;/b&gt; — {subject}; opened {date}</source>
        <translation>&lt;b&gt;Шарт {number}&lt;/b&gt; — {subject}; тексеру ашылған күні: {date}</translation>
    </message>
    <message>
        <source>Claimed {claimed} ₸ · verified {verified} ₸ · disputed {disputed} ₸</source>
        <translation>Мәлімделді {claimed} ₸ · расталды {verified} ₸ · даулы {disputed} ₸</translation>
    </message>
    <message>
        <source>still to verify {amount} ₸</source>
        <translation>әлі тексерілмегені {amount} ₸</translation>
    </message>
    <message>
        <source>conclusion No. {number}</source>
        <translation>№ {number} қорытынды</translation>
    </message>
    <message>
        <source>Conclusion on the costs of contract {number}: claimed {claimed} ₸, verified {verified} ₸, disputed {disputed} ₸</source>
        <translation>{number} шарт бойынша шығындар туралы қорытынды: мәлімделді {claimed} ₸, расталды {verified} ₸, даулы {disputed} ₸</translation>
    </message>
    <message>
        <source>Documents and standards</source>
        <translation>Құжаттама және стандарттар</translation>
    </message>
    <message>
        <source>{item}: {characteristic} — {document} rev. {revision} cl. {clause} is {status} (current: {current})</source>
        <translation>{item}: {characteristic} — {document}, ред. {revision}, {clause}-тармақ: {status} (қолданыстағысы: {current})</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… және тағы {n}</translation>
    </message>
    <message>
        <source>Inspection requirements reference a revision that is no longer current:</source>
        <translation>Бақылау талаптары қолданыстан шыққан редакцияға сілтейді:</translation>
    </message>
    <message>
        <source>No document matches</source>
        <translation>Құжаттар табылмады</translation>
    </message>
    <message>
        <source>Try part of the designation or title.</source>
        <translation>Белгіленімнің немесе атаудың бір бөлігін енгізіп көріңіз.</translation>
    </message>
    <message>
        <source>The register is empty</source>
        <translation>Тізілім бос</translation>
    </message>
    <message>
        <source>Register technical conditions, drawings, test programmes and national standards with their revisions, so requirements can reference the exact revision and clause.</source>
        <translation>Техникалық шарттарды, сызбаларды, сынақ бағдарламаларын және ұлттық стандарттарды олардың редакцияларымен бірге тіркеңіз, сонда талаптар нақты редакция мен тармаққа сілтей алады.</translation>
    </message>
    <message>
        <source>Register a document</source>
        <translation>Құжатты тіркеу</translation>
    </message>
    <message>
        <source>Technical document</source>
        <translation>Техникалық құжат</translation>
    </message>
    <message>
        <source>(not one contract)</source>
        <translation>(шартқа байланыстырылмаған)</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Белгіленімі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Remarks of the office</source>
        <translation>Әскери өкілдіктің ескертпелері</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Referenced by</source>
        <translation>Сілтемелер</translation>
    </message>
    <message>
        <source>new revision</source>
        <translation>жаңа редакция</translation>
    </message>
    <message>
        <source>what changed / why cancelled</source>
        <translation>не өзгерді / күшін жою себебі</translation>
    </message>
    <message>
        <source>Add revision</source>
        <translation>Редакция қосу</translation>
    </message>
    <message>
        <source>Cancel revision</source>
        <translation>Редакцияның күшін жою</translation>
    </message>
    <message>
        <source>Make current</source>
        <translation>Қолданыстағы ету</translation>
    </message>
    <message>
        <source>Link a requirement…</source>
        <translation>Талапты байланыстыру…</translation>
    </message>
    <message>
        <source>Check an inspection requirement against the selected (current) revision and a clause of it</source>
        <translation>Бақылау талабын таңдалған (қолданыстағы) редакциямен және оның тармағымен салыстыру</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revisions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Редакциялар&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Link a requirement to {document} rev. {revision}</source>
        <translation>Талапты {document} құжатымен байланыстыру, ред. {revision}</translation>
    </message>
    <message>
        <source>Choose a requirement</source>
        <translation>Талапты таңдаңыз</translation>
    </message>
    <message>
        <source>e.g. 3.2.1</source>
        <translation>мысалы, 3.2.1</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Талап</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Байланыстыру</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Келісілді</translation>
    </message>
    <message>
        <source>Agreed with remarks</source>
        <translation>Ескертпелермен келісілді</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Келісілмеді</translation>
    </message>
    <message>
        <source>Contract reviews</source>
        <translation>Шарт жобаларын қарау</translation>
    </message>
    <message>
        <source>No review matches</source>
        <translation>Қараулар табылмады</translation>
    </message>
    <message>
        <source>Try part of the contract number or subject.</source>
        <translation>Шарт нөмірінің немесе нысанасының бір бөлігін енгізіп көріңіз.</translation>
    </message>
    <message>
        <source>No draft contract reviewed yet</source>
        <translation>Шарт жобалары әлі қаралмаған</translation>
    </message>
    <message>
        <source>Check a draft contract against every term Article 22.4 requires, note remarks and sign the office&apos;s conclusion.</source>
        <translation>Шарт жобасында 22-баптың 4-тармағы талап ететін барлық талаптардың бар-жоғын тексеріңіз, ескертпелерді жазып, әскери өкілдіктің қорытындысына қол қойыңыз.</translation>
    </message>
    <message>
        <source>Review a draft contract</source>
        <translation>Шарт жобасын қарау</translation>
    </message>
    <message>
        <source>Choose a draft contract</source>
        <translation>Шарт жобасын таңдаңыз</translation>
    </message>
    <message>
        <source>e.g. MoD letter 12/1187, draft version 2</source>
        <translation>мысалы, ҚМ-нің 12/1187 хаты, жобаның 2-нұсқасы</translation>
    </message>
    <message>
        <source>Draft contract</source>
        <translation>Шарт жобасы</translation>
    </message>
    <message>
        <source>Review opened</source>
        <translation>Қарау басталған күні</translation>
    </message>
    <message>
        <source>Draft as received</source>
        <translation>Түскен жоба</translation>
    </message>
    <message>
        <source>Open the review</source>
        <translation>Қарауды бастау</translation>
    </message>
    <message>
        <source>As the contract&apos;s record says</source>
        <translation>Шарт жазбасында көрсетілгендей</translation>
    </message>
    <message>
        <source>Present in the draft</source>
        <translation>Жобада бар</translation>
    </message>
    <message>
        <source>Missing from the draft</source>
        <translation>Жобада жоқ</translation>
    </message>
    <message>
        <source>Not applicable (an advance only)</source>
        <translation>Қолданылмайды (тек аванс)</translation>
    </message>
    <message>
        <source>clause of the draft</source>
        <translation>жоба тармағы</translation>
    </message>
    <message>
        <source>remark</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>Apply to the term</source>
        <translation>Талапқа қолдану</translation>
    </message>
    <message>
        <source>Save remarks</source>
        <translation>Ескертпелерді сақтау</translation>
    </message>
    <message>
        <source>The office&apos;s conclusion on the draft</source>
        <translation>Әскери өкілдіктің жоба бойынша қорытындысы</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Review of a draft contract</source>
        <translation>Шарт жобасын қарау</translation>
    </message>
    <message>
        <source>Term of Article 22.4</source>
        <translation>22-баптың 4-тармағындағы талап</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Тұжырым</translation>
    </message>
    <message>
        <source>Draft clause</source>
        <translation>Жоба тармағы</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Көзі</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contract {number}&lt;/b&gt; — draft as received: {ref}; review opened {date}</source>
        <translation>&lt;b&gt;Шарт {number}&lt;/b&gt; — түскен жоба: {ref}; қарау басталған күні: {date}</translation>
    </message>
    <message>
        <source>record</source>
        <translation>есеп деректері</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>қараушы</translation>
    </message>
    <message>
        <source>Still to check: {terms}</source>
        <translation>Әлі тексерілмегені: {terms}</translation>
    </message>
    <message>
        <source>{verdict} — conclusion No. {number}</source>
        <translation>{verdict} — № {number} қорытынды</translation>
    </message>
    <message>
        <source>So far: {verdict}</source>
        <translation>Әзірге: {verdict}</translation>
    </message>
    <message>
        <source>Conclusion on the draft of contract {number}: {verdict}</source>
        <translation>{number} шарт жобасы бойынша қорытынды: {verdict}</translation>
    </message>
    <message>
        <source>Secrecy measures</source>
        <translation>Мемлекеттік құпияларды қорғау шаралары</translation>
    </message>
    <message>
        <source>No measure matches</source>
        <translation>Шаралар табылмады</translation>
    </message>
    <message>
        <source>Try part of the contract number or the measure.</source>
        <translation>Шарт нөмірінің немесе шара атауының бір бөлігін енгізіп көріңіз.</translation>
    </message>
    <message>
        <source>No protection measure evaluated yet</source>
        <translation>Қорғау шаралары әлі бағаланбаған</translation>
    </message>
    <message>
        <source>Record the state-secret protection measures evaluated with the contractor for a classified contract.</source>
        <translation>Құпия шарт бойынша орындаушымен бірге бағаланған мемлекеттік құпияларды қорғау шараларын тіркеңіз.</translation>
    </message>
    <message>
        <source>Record a measure</source>
        <translation>Шараны тіркеу</translation>
    </message>
    <message>
        <source>Protection measure</source>
        <translation>Қорғау шарасы</translation>
    </message>
    <message>
        <source>Choose a classified contract</source>
        <translation>Құпия шартты таңдаңыз</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Бағаланған күні</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Келесі тексеру</translation>
    </message>
</context>
<context>
    <name>OfficeDutiesView</name>
    <message>
        <source>Office duties</source>
        <translation>Әскери өкілдіктің міндеттері</translation>
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
    <name>PeriodDialog</name>
    <message>
        <source>From</source>
        <translation>Кезең басы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кезең соңы</translation>
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
        <source>From the inspection</source>
        <translation>Бақылау нәтижесі бойынша</translation>
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
    <name>ReclamationForms</name>
    <message>
        <source>Register a defect notification</source>
        <translation>Ақау туралы хабарламаны тіркеу</translation>
    </message>
    <message>
        <source>A defect found within the warranty period, reported by the recipient (Article 29.1). The warranty starts from the lot&apos;s certificate or acceptance when this database has one; otherwise enter its start.</source>
        <translation>Кепілдік мерзімі ішінде анықталған, алушы хабарлаған ақау (29-баптың 1-тармағы). Кепілдік мерзімі партияның сапа туралы куәлігінен немесе қабылдануынан бастап есептеледі, егер олар осы дерекқорда болса; әйтпесе оның басталу күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдаңыз…</translation>
    </message>
    <message>
        <source>No lot</source>
        <translation>Партиясыз</translation>
    </message>
    <message>
        <source>e.g. 0412, 0413</source>
        <translation>мысалы, 0412, 0413</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source> months</source>
        <translation> ай</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Олардың шығыс нөмірі</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
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
        <source>Serial numbers</source>
        <translation>Зауыттық нөмірлер</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>Ақау</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Defect found on</source>
        <translation>Ақаудың анықталған күні</translation>
    </message>
    <message>
        <source>Notification received on</source>
        <translation>Хабарламаның алынған күні</translation>
    </message>
    <message>
        <source>Goods kept at</source>
        <translation>Өнімнің сақталу орны</translation>
    </message>
    <message>
        <source>Warranty period</source>
        <translation>Кепілдік мерзімі</translation>
    </message>
    <message>
        <source>Warranty started on</source>
        <translation>Кепілдіктің басталуы</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>The warranty starts on {date}, {basis}.</source>
        <translation>Кепілдік мерзімінің басталуы — {date} ({basis}).</translation>
    </message>
    <message>
        <source>No certificate or acceptance of this lot is recorded here: enter the start from the delivery documents.</source>
        <translation>Бұл партияның сапа туралы куәлігі немесе қабылдануы мұнда тіркелмеген: басталу күнін жеткізу құжаттары бойынша енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>Link suspension</source>
        <translation>Тоқтата тұрумен байланыстыру</translation>
    </message>
    <message>
        <source>Suspension {number} of this item for defects found in service is already in force. Link it to the reclamation?</source>
        <translation>Пайдалану кезінде анықталған ақауларға байланысты осы позиция бойынша {number} тоқтата тұру күшінде. Оны рекламациямен байланыстыру керек пе?</translation>
    </message>
</context>
<context>
    <name>ReclamationWindow</name>
    <message>
        <source>Notification</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <source>Remedy and closing</source>
        <translation>Жою және жабу</translation>
    </message>
    <message>
        <source>Propose suspension…</source>
        <translation>Тоқтата тұруды ұсыну…</translation>
    </message>
    <message>
        <source>Goods in production have the same defect: suspend their acceptance and shipment (Article 27.4.8)</source>
        <translation>Өндірістегі өнімде де осындай ақау бар: оны қабылдау мен жөнелтуді тоқтата тұру (27-баптың 4-тармағының 8-тармақшасы)</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Комиссия мүшесін қосу</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Комиссия мүшесін алып тастау</translation>
    </message>
    <message>
        <source>Save the commission</source>
        <translation>Комиссия құрамын сақтау</translation>
    </message>
    <message>
        <source>Article 29.2: representatives of the recipient, the contractor and the military representative office establish the causes of the defect.</source>
        <translation>29-баптың 2-тармағы: алушының, орындаушының және әскери өкілдіктің өкілдері ақаудың себептерін анықтайды.</translation>
    </message>
    <message>
        <source>Formed on</source>
        <translation>Құрылған күні</translation>
    </message>
    <message>
        <source>Sign the findings…</source>
        <translation>Қорытындыға қол қою…</translation>
    </message>
    <message>
        <source>Findings dated</source>
        <translation>Қорытынды күні</translation>
    </message>
    <message>
        <source>Cause established</source>
        <translation>Анықталған себеп</translation>
    </message>
    <message>
        <source>What Article 29 gives these findings</source>
        <translation>Қорытындының 29-бап бойынша салдары</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>белгіленбеген</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Save the remedy</source>
        <translation>Жою тәсілін сақтау</translation>
    </message>
    <message>
        <source>Close the reclamation</source>
        <translation>Рекламацияны жабу</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Жою тәсілі</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Басталған күні</translation>
    </message>
    <message>
        <source>Term (contract)</source>
        <translation>Мерзімі (шарт бойынша)</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Жабылған күні</translation>
    </message>
    <message>
        <source>Reclamation {number}</source>
        <translation>{number} рекламация</translation>
    </message>
    <message>
        <source>Reclamation {number} — {status}</source>
        <translation>{number} рекламация — {status}</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Алушы</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
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
        <source>Serial numbers</source>
        <translation>Зауыттық нөмірлер</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>Ақау</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Defect found on</source>
        <translation>Ақаудың анықталған күні</translation>
    </message>
    <message>
        <source>Notification received on</source>
        <translation>Хабарламаның алынған күні</translation>
    </message>
    <message>
        <source>Warranty (Article 29.1)</source>
        <translation>Кепілдік (29-баптың 1-тармағы)</translation>
    </message>
    <message>
        <source>{months} months, {start} to {end} ({basis})</source>
        <translation>{months} ай, {start} бастап {end} дейін ({basis})</translation>
    </message>
    <message>
        <source>Goods kept at</source>
        <translation>Өнімнің сақталу орны</translation>
    </message>
    <message>
        <source>No penalty period: the contractor is not found at fault (yet).</source>
        <translation>Тұрақсыздық айыбы есептелмейді: орындаушының кінәсі (әзірге) анықталмаған.</translation>
    </message>
    <message>
        <source>No penalty period: the contractor is not at fault.</source>
        <translation>Тұрақсыздық айыбы есептелмейді: орындаушы кінәлі емес.</translation>
    </message>
    <message>
        <source>Penalty period (Article 29.6): {days} days from the notification</source>
        <translation>Тұрақсыздық айыбы кезеңі (29-баптың 6-тармағы): хабарламадан бастап {days} күн</translation>
    </message>
    <message>
        <source>, still running</source>
        <translation>, әлі жалғасуда</translation>
    </message>
    <message>
        <source>; the contract&apos;s term is {term} days</source>
        <translation>; шарт бойынша мерзімі — {term} күн</translation>
    </message>
    <message>
        <source> — overdue by {days} days</source>
        <translation> — {days} күнге кешіктірілген</translation>
    </message>
    <message>
        <source>Suspension (Article 27.4.8): {number}</source>
        <translation>Тоқтата тұру (27-баптың 4-тармағының 8-тармақшасы): {number}</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Комиссия мүшесі</translation>
    </message>
    <message>
        <source>Signed by {who} on {when}.</source>
        <translation>Қол қойған: {who}, {when}.</translation>
    </message>
    <message>
        <source>Remedies allowed: {remedies}</source>
        <translation>Рұқсат етілген жою тәсілдері: {remedies}</translation>
    </message>
    <message>
        <source>The commission&apos;s findings decide the remedy.</source>
        <translation>Жою тәсілін комиссияның қорытындысы айқындайды.</translation>
    </message>
    <message>
        <source>The contractor is not at fault: no remedy at its expense; close the reclamation.</source>
        <translation>Орындаушы кінәлі емес: оның есебінен жою жүргізілмейді; рекламацияны жабыңыз.</translation>
    </message>
    <message>
        <source>The findings allow: {remedies}.</source>
        <translation>Қорытынды бойынша рұқсат етіледі: {remedies}.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Күнді көрсетіңіз.</translation>
    </message>
    <message>
        <source>Cause: {cause}</source>
        <translation>Себебі: {cause}</translation>
    </message>
</context>
<context>
    <name>ReclamationsView</name>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Reclamations</source>
        <translation>Рекламациялар</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Барлық күйлер</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Тек ашық</translation>
    </message>
    <message>
        <source>Propose suspension…</source>
        <translation>Тоқтата тұруды ұсыну…</translation>
    </message>
    <message>
        <source>The findings say goods in production have the same defect: suspend their acceptance and shipment (Article 27.4.8)</source>
        <translation>Тұжырымдарға сәйкес өндірістегі өнімде де осындай ақау бар: оны қабылдау мен жөнелтуді тоқтата тұру (27-баптың 4-тармағының 8-тармақшасы)</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Тіркеу…</translation>
    </message>
    <message>
        <source>Register a defect notification from a recipient (Ctrl+N)</source>
        <translation>Алушының ақау туралы хабарламасын тіркеу (Ctrl+N)</translation>
    </message>
    <message>
        <source>No reclamation matches</source>
        <translation>Рекламациялар табылмады</translation>
    </message>
    <message>
        <source>Try fewer words or another status.</source>
        <translation>Азырақ сөз енгізіп немесе басқа күйді таңдап көріңіз.</translation>
    </message>
    <message>
        <source>No reclamations</source>
        <translation>Рекламациялар жоқ</translation>
    </message>
    <message>
        <source>When a recipient reports a defect found within the warranty period, register it here (Article 29).</source>
        <translation>Алушы кепілдік мерзімі ішінде анықталған ақау туралы хабарлаған кезде, оны осында тіркеңіз (29-бап).</translation>
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
        <source>milrep — recovery code</source>
        <translation>milrep — қалпына келтіру коды</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Өкілдік</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Дерекқор</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылған күні</translation>
    </message>
    <message>
        <source>Together with the database&apos;s key file (the file named like the database, ending in .keys), this code opens the database when every password is lost. Seal this sheet in an envelope, sign across the flap and keep it in the office safe. Anyone holding this code, the database file and its key file can read all of its data.</source>
        <translation>Дерекқордың кілттер файлымен бірге (дерекқормен аттас, .keys деп аяқталатын файл) бұл код барлық құпиясөз жоғалғанда дерекқорды ашады. Бұл парақты конвертке салып желімдеңіз, қақпағының үстінен қол қойыңыз және өкілдіктің сейфінде сақтаңыз. Осы код, дерекқор файлы және оның кілттер файлы қолында бар кез келген адам оның барлық деректерін оқи алады.</translation>
    </message>
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
    <name>Reliability</name>
    <message>
        <source>All items</source>
        <translation>Барлық позициялар</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <source>Reliability analysis (Article 27.4.5)</source>
        <translation>Сенімділікті талдау (27.4.5-бап)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>to</source>
        <translation>соңы</translation>
    </message>
    <message>
        <source>Defects from</source>
        <translation>Ақаулар көзі</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>every source</source>
        <translation>барлық көздер</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>Ай сайынғы есеп…</translation>
    </message>
    <message>
        <source>The office&apos;s report for a month: preview, print, or export to a spreadsheet</source>
        <translation>Өкілдіктің бір айдағы есебі: алдын ала қарау, басып шығару немесе кестеге шығару</translation>
    </message>
    <message>
        <source>First-pass acceptance rate</source>
        <translation>Бірінші ұсынудан қабылдау үлесі</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Қайтару үлесі</translation>
    </message>
    <message>
        <source>Presentations decided</source>
        <translation>Шешім қабылданған ұсынулар</translation>
    </message>
    <message>
        <source>Defects recorded</source>
        <translation>Тіркелген ақаулар</translation>
    </message>
    <message>
        <source>Presentations accepted (whole or in part) at attempt 1, of those decided at attempt 1</source>
        <translation>Бірінші ұсынуда шешім қабылданғандардың ішінде бірінші ұсынуда (толық немесе ішінара) қабылданған ұсынулар</translation>
    </message>
    <message>
        <source>Presentations returned, of all decided</source>
        <translation>Шешім қабылданғандардың барлығының ішінде қайтарылған ұсынулар</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Айлар бойынша</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>Позициялар бойынша</translation>
    </message>
    <message>
        <source>Defect categories (Pareto)</source>
        <translation>Ақау санаттары (Парето)</translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation>Барлық шарттар</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Кезеңнің соңы басынан ерте.</translation>
    </message>
    <message>
        <source>Computing the reliability analysis…</source>
        <translation>Сенімділік талдауы есептелуде…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <source>First pass</source>
        <translation>Бірінші ұсынудан</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Defect category</source>
        <translation>Ақау санаты</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Көзі</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Ақаулар</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Жинақталған үлес</translation>
    </message>
    <message>
        <source>No presentation was decided and no defect recorded with these filters: every figure is zero.</source>
        <translation>Осы іріктеулермен шешім қабылданған ұсынулар мен тіркелген ақаулар жоқ: барлық көрсеткіштер нөлге тең.</translation>
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
    <name>SyncCentre</name>
    <message>
        <source>Headquarters (reads only)</source>
        <translation>Жоғары тұрған орган (тек оқу)</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Not in the keyring</source>
        <translation>Кілттер жиынында жоқ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>деректер әлі жоқ</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>жаңа ғана</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} сағ</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} күн</translation>
    </message>
    <message>
        <source>bundle {seq} waits for changes {span} of {site}</source>
        <translation>{seq} алмасу пакеті {site} жұмыс орнының {span} өзгерістерін күтуде</translation>
    </message>
    <message>
        <source>Writing the bundle and reading it back…</source>
        <translation>Алмасу пакетін жазу және бақылау оқуы…</translation>
    </message>
    <message>
        <source>Importing {name} ({n} of {total})…</source>
        <translation>{name} жүктелуде ({n}/{total})…</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>Файлды оқу мүмкін емес: {error}</translation>
    </message>
    <message>
        <source>{file}: not imported (cancelled); nothing of it was applied.</source>
        <translation>{file}: жүктелмеді (болдырылмады); оның ешбір деректері қолданылмады.</translation>
    </message>
    <message>
        <source>{file}: refused. {message}</source>
        <translation>{file}: қабылданбады. {message}</translation>
    </message>
    <message>
        <source>{file}: bundle {seq} of {site} was imported before; nothing to do.</source>
        <translation>{file}: {site} жұмыс орнының {seq} алмасу пакеті бұрын жүктелген; ешқандай әрекет қажет емес.</translation>
    </message>
    <message>
        <source>bundles {list} of {site}</source>
        <translation>{site} жұмыс орнының {list} алмасу пакеттері</translation>
    </message>
    <message>
        <source>changes {first}–{last} of {site}</source>
        <translation>{site} жұмыс орнының {first}–{last} өзгерістері</translation>
    </message>
    <message>
        <source>{file}: bundle {seq} of {site} is held until {missing} arrive; import those, and it is applied by itself.</source>
        <translation>{file}: {site} жұмыс орнының {seq} алмасу пакеті жетіспейтіндері ({missing}) келгенге дейін ұсталды; оларды жүктеңіз, сонда пакет автоматты түрде қолданылады.</translation>
    </message>
    <message>
        <source>{file}: bundle {seq} of {site} imported; this workstation already had all its changes.</source>
        <translation>{file}: {site} жұмыс орнының {seq} алмасу пакеті жүктелді; оның барлық өзгерістері осы жұмыс орнында бұрыннан бар.</translation>
    </message>
    <message>
        <source>{file}: bundle {seq} of {site} imported: {n} new changes, {c} conflicts, {b} business conflicts.</source>
        <translation>{file}: {site} жұмыс орнының {seq} алмасу пакеті жүктелді: жаңа өзгерістер — {n}, қақтығыстар — {c}, іскерлік қақтығыстар — {b}.</translation>
    </message>
    <message>
        <source>Held bundle {seq} of {site} applied as well.</source>
        <translation>{site} жұмыс орнының ұсталған {seq} алмасу пакеті де қолданылды.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Last bundle imported</source>
        <translation>Соңғы жүктелген пакет</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Жетіспейтіндер</translation>
    </message>
    <message>
        <source>Newest data is</source>
        <translation>Соңғы деректерден бері</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>Жіберілетін өзгерістер</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Соңғы жүктеу</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Соңғы шығару</translation>
    </message>
    <message>
        <source>{n} held</source>
        <translation>ұсталғаны {n}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әлі жоқ</translation>
    </message>
    <message>
        <source>({n} not yet confirmed)</source>
        <translation>(расталмағаны: {n})</translation>
    </message>
    <message>
        <source>Key fingerprint (compare aloud or on paper)</source>
        <translation>Кілттің саусақ ізі (дауыстап немесе қағаз бойынша салыстырыңыз)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>(this workstation)</source>
        <translation>(осы жұмыс орны)</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>күшінде</translation>
    </message>
    <message>
        <source>revoked after bundle {n}</source>
        <translation>{n} алмасу пакетінен кейін кері қайтарылған</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Алмасу</translation>
    </message>
    <message>
        <source>Exchange with other sites</source>
        <translation>Басқа жұмыс орындарымен алмасу</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Алмасу пакетін шығару…</translation>
    </message>
    <message>
        <source>Write the changes the other sites lack to a folder, e.g. a USB stick</source>
        <translation>Басқа жұмыс орындарында жоқ өзгерістерді қалтаға (мысалы, USB жинақтағышқа) жазу</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Алмасу пакеттерін жүктеу…</translation>
    </message>
    <message>
        <source>Read bundles brought from other sites</source>
        <translation>Басқа жұмыс орындарынан әкелінген алмасу пакеттерін оқу</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Other sites</source>
        <translation>Басқа жұмыс орындары</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Соңғы алмасу</translation>
    </message>
    <message>
        <source>What the last export or import did is shown here.</source>
        <translation>Мұнда соңғы шығарудың немесе жүктеудің нәтижелері көрсетіледі.</translation>
    </message>
    <message>
        <source>Office keyring</source>
        <translation>Әскери өкілдіктің кілттер жиыны</translation>
    </message>
    <message>
        <source>This workstation ({site}) has no office keyring yet, so it can neither write nor read bundles. Install the keyring the head of office gives you (milrep sync keyring install).</source>
        <translation>Бұл жұмыс орнында ({site}) әлі әскери өкілдіктің кілттер жиыны жоқ, сондықтан ол алмасу пакеттерін жаза да, оқи да алмайды. Әскери өкілдіктің бастығы берген кілттер жиынын орнатыңыз (milrep sync keyring install).</translation>
    </message>
    <message>
        <source>This workstation: {site} · keyring version {v} · bundles written: {n} · open conflicts: {c}, of them for the head of office: {b}</source>
        <translation>Бұл жұмыс орны: {site} · кілттер жиынының нұсқасы {v} · жазылған алмасу пакеттері: {n} · ашық қақтығыстар: {c}, оның ішінде әскери өкілдіктің бастығына: {b}</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Қақтығыстар ({n})</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қақтығыстар</translation>
    </message>
    <message>
        <source>Root key fingerprint: {f}. Compare it with the one the head of office read out or wrote down; every site must show the same.</source>
        <translation>Түбірлік кілттің саусақ ізі: {f}. Оны әскери өкілдіктің бастығы дауыстап оқыған немесе жазып берген саусақ ізімен салыстырыңыз; барлық жұмыс орындарында ол бірдей болуға тиіс.</translation>
    </message>
    <message>
        <source>No keyring installed.</source>
        <translation>Кілттер жиыны орнатылмаған.</translation>
    </message>
    <message>
        <source>Writing the bundle to {folder}… Do not remove the medium.</source>
        <translation>Алмасу пакеті {folder} қалтасына жазылуда… Тасығышты шығармаңыз.</translation>
    </message>
    <message>
        <source>Exporting a bundle</source>
        <translation>Алмасу пакетін шығару</translation>
    </message>
    <message>
        <source>Export cancelled: no bundle was written and its number was not used.</source>
        <translation>Шығару болдырылмады: алмасу пакеті жазылмады және оның нөмірі пайдаланылмады.</translation>
    </message>
    <message>
        <source>Bundle {seq} for {sites} written to {path} ({n} changes, {size} bytes) and checked by reading it back from the medium. The medium can now be removed safely.</source>
        <translation>{sites} үшін {seq} алмасу пакеті {path} ішіне жазылды (өзгерістер: {n}, {size} байт) және тасығыштан бақылау оқуы арқылы тексерілді. Енді тасығышты қауіпсіз шығаруға болады.</translation>
    </message>
    <message>
        <source>Bundles to import</source>
        <translation>Жүктелетін алмасу пакеттері</translation>
    </message>
    <message>
        <source>milrep bundles (*.mrb);;All files (*)</source>
        <translation>milrep алмасу пакеттері (*.mrb);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Importing {n} files…</source>
        <translation>Файлдар жүктелуде ({n})…</translation>
    </message>
    <message>
        <source>Importing bundles</source>
        <translation>Алмасу пакеттерін жүктеу</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Алмасу пакетін шығару</translation>
    </message>
    <message>
        <source>e.g. the USB stick</source>
        <translation>мысалы, USB жинақтағыш</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>The bundle is encrypted for the chosen sites only. It is written, then read back and checked: remove the medium only when milrep says it is safe.</source>
        <translation>Алмасу пакеті тек таңдалған жұмыс орындары үшін шифрланады. Ол жазылады, содан кейін қайта оқылып, тексеріледі: тасығышты milrep қауіпсіз екенін хабарлағанда ғана шығарыңыз.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Жұмыс орындары үшін</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>Write bundle</source>
        <translation>Алмасу пакетін жазу</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Алмасу пакетіне арналған қалта</translation>
    </message>
</context>
<context>
    <name>TestsView</name>
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
    <name>VerifyWindow</name>
    <message>
        <source>Compare every field below with the paper. If they are the same, the certificate is genuine and in force.</source>
        <translation>Төмендегі әр өрісті қағаз данамен салыстырыңыз. Егер олар сәйкес келсе, куәлік түпнұсқа және күшінде.</translation>
    </message>
    <message>
        <source>Keep the paper and report it to the issuing office.</source>
        <translation>Қағаз дананы сақтап, бұл туралы куәлікті берген әскери өкілдікке хабарлаңыз.</translation>
    </message>
    <message>
        <source>The seal cannot be checked with the trust lists you have. Add the issuing office&apos;s current trust list and verify again.</source>
        <translation>Мөрді сіздегі сенім тізімдері бойынша тексеру мүмкін емес. Куәлікті берген әскери өкілдіктің қолданыстағы сенім тізімін қосып, қайта тексеріңіз.</translation>
    </message>
    <message>
        <source>Ask the issuing office whether this certificate still stands before accepting the goods.</source>
        <translation>Өнімді қабылдамас бұрын куәлікті берген әскери өкілдіктен бұл куәліктің әлі күшінде екенін нақтылаңыз.</translation>
    </message>
    <message>
        <source>The certificate no longer stands. Do not accept the goods on it; ask the issuing office for the one that replaced it.</source>
        <translation>Куәлік енді күшінде емес. Өнімді ол бойынша қабылдамаңыз; оны берген әскери өкілдіктен оның орнына берілген куәлікті сұраңыз.</translation>
    </message>
    <message>
        <source>This is not a readable milrep seal. Scan the QR code again (300 dpi, flat, in focus) or check the text pasted.</source>
        <translation>Бұл оқылатын milrep мөрі емес. QR кодын қайта сканерлеңіз (300 dpi, тегіс, анық) немесе қойылған мәтінді тексеріңіз.</translation>
    </message>
    <message>
        <source>Scan at 300 dpi or more, flat and in focus, with the whole QR code and its white margin.</source>
        <translation>Кемінде 300 dpi ажыратымдылықпен, тегіс әрі анық етіп, QR кодын толығымен оның ақ жиегімен бірге сканерлеңіз.</translation>
    </message>
    <message>
        <source>Nothing was verified. Open another file or paste the text read from the QR code.</source>
        <translation>Ештеңе тексерілмеді. Басқа файлды ашыңыз немесе QR кодынан оқылған мәтінді қойыңыз.</translation>
    </message>
    <message>
        <source>No seal found</source>
        <translation>Мөр табылмады</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Оқу мүмкін емес</translation>
    </message>
    <message>
        <source>Nothing verified yet</source>
        <translation>Әлі ештеңе тексерілмеді</translation>
    </message>
    <message>
        <source>Verify certificate</source>
        <translation>Куәлікті тексеру</translation>
    </message>
    <message>
        <source>The certificate to verify</source>
        <translation>Тексерілетін куәлік</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Файлды ашу…</translation>
    </message>
    <message>
        <source>A PDF of the certificate, or a scan or photo of the paper (PNG, JPEG) (Ctrl+O)</source>
        <translation>Куәліктің PDF файлы не қағаз дананың скан-көшірмесі немесе фотосуреті (PNG, JPEG) (Ctrl+O)</translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG — or drop the file on this window</source>
        <translation>PDF, PNG немесе JPEG — не файлды осы терезеге сүйреп әкеліңіз</translation>
    </message>
    <message>
        <source>…or paste the text read from the QR code here (it starts with MR1:)</source>
        <translation>…немесе QR кодынан оқылған мәтінді осында қойыңыз (ол MR1: деп басталады)</translation>
    </message>
    <message>
        <source>Verify text</source>
        <translation>Мәтінді тексеру</translation>
    </message>
    <message>
        <source>Verify the text pasted (Ctrl+Enter)</source>
        <translation>Қойылған мәтінді тексеру (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Trust lists used</source>
        <translation>Пайдаланылатын сенім тізімдері</translation>
    </message>
    <message>
        <source>Add trust list…</source>
        <translation>Сенім тізімін қосу…</translation>
    </message>
    <message>
        <source>The trust list file of another office (exported there with `milrep keys export-trust`)</source>
        <translation>Басқа әскери өкілдіктің сенім тізімі файлы (онда `milrep keys export-trust` командасымен шығарылады)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Office {office} — this database (version {version})</source>
        <translation>{office} әскери өкілдігі — осы дерекқор ({version} нұсқасы)</translation>
    </message>
    <message>
        <source>This database has no office root key: add the office&apos;s trust list file</source>
        <translation>Бұл дерекқорда әскери өкілдіктің түбірлік кілті жоқ: әскери өкілдіктің сенім тізімі файлын қосыңыз</translation>
    </message>
    <message>
        <source>Office {office} — {file} (version {version}; root key {fingerprint}: compare it with the one the office gave you)</source>
        <translation>{office} әскери өкілдігі — {file} ({version} нұсқасы; түбірлік кілт {fingerprint}: оны әскери өкілдік сізге берген саусақ ізімен салыстырыңыз)</translation>
    </message>
    <message>
        <source>Add a trust list</source>
        <translation>Сенім тізімін қосу</translation>
    </message>
    <message>
        <source>Trust lists (*.json);;All files (*)</source>
        <translation>Сенім тізімдері (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Open a certificate</source>
        <translation>Куәлікті ашу</translation>
    </message>
    <message>
        <source>Certificates, scans and photos ({patterns});;All files (*)</source>
        <translation>Куәліктер, скан-көшірмелер және фотосуреттер ({patterns});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Paste the text read from the QR code first (it starts with MR1:).</source>
        <translation>Алдымен QR кодынан оқылған мәтінді қойыңыз (ол MR1: деп басталады).</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>Verifying the certificate…</source>
        <translation>Куәлік тексерілуде…</translation>
    </message>
    <message>
        <source> (page {page})</source>
        <translation> ({page}-бет)</translation>
    </message>
    <message>
        <source>Seal {i} of {n}{where}: {verdict}</source>
        <translation>Мөр {i}/{n}{where}: {verdict}</translation>
    </message>
    <message>
        <source>No QR seal was found in {source}.</source>
        <translation>{source} ішінде QR мөр табылмады.</translation>
    </message>
    <message>
        <source>What the seal says — compare with the paper</source>
        <translation>Мөрдегі мәліметтер — қағаз данамен салыстырыңыз</translation>
    </message>
    <message>
        <source>What the seal claims (NOT confirmed)</source>
        <translation>Мөрде мәлімделген мәліметтер (РАСТАЛМАҒАН)</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Қолтаңба кілті</translation>
    </message>
    <message>
        <source>Other claim {key}</source>
        <translation>Басқа мәлімет {key}</translation>
    </message>
    <message>
        <source>Verify certificate…</source>
        <translation>Куәлікті тексеру…</translation>
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
        <extracomment>the newest migration (tests/migrations checks it is alembic&apos;s head): a database stamped with it is opened without loading alembic at all, a fifth of a second of every start</extracomment>
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
        <extracomment>meta keys of a workstation that has asked to join an office and holds none of its data yet (written by :func:`milrep.db.joining.create_joining_database`)</extracomment>
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
        <source>import bundle files (and keyring files from the head of office, installed first)</source>
        <translation>алмасу пакеттерінің файлдарын жүктеу (және әскери өкілдіктің бастығынан алынған кілттер жиыны файлдарын — олар бірінші орнатылады)</translation>
    </message>
    <message>
        <source>write the installed keyring to a file (to set up a new workstation)</source>
        <translation>орнатылған кілттер жиынын файлға жазу (жаңа жұмыс орнын баптау үшін)</translation>
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
        <source>{path}: keyring version {v} installed</source>
        <translation>{path}: кілттер жиынының {v} нұсқасы орнатылды</translation>
    </message>
    <message>
        <source>{path}: keyring version {v} was already installed</source>
        <translation>{path}: кілттер жиынының {v} нұсқасы бұрын орнатылған</translation>
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
        <source>Keyring version {v}</source>
        <translation>Кілттер жиынының {v} нұсқасы</translation>
    </message>
    <message>
        <source>Keyring version {v} written: {path}</source>
        <translation>Кілттер жиынының {v} нұсқасы жазылды: {path}</translation>
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
        <source>--office is needed to set up this workstation: the office&apos;s keyring file from the head of office.</source>
        <translation>--office бұл жұмыс орнын баптау үшін қажет: әскери өкілдіктің бастығынан алынған әскери өкілдіктің кілттер жиыны файлы.</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Пайдаланушы атыңыз</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Workstation database created: {path}</source>
        <translation>Жұмыс орнының дерекқоры құрылды: {path}</translation>
    </message>
    <message>
        <source>Office root key fingerprint (compare it with the head of office&apos;s, aloud)</source>
        <translation>Әскери өкілдіктің түбірлік кілтінің саусақ ізі (оны әскери өкілдік бастығындағымен дауыстап салыстырыңыз)</translation>
    </message>
    <message>
        <source>Join request of workstation {code} written: {path}</source>
        <translation>{code} жұмыс орнының қосылу сұрауы жазылды: {path}</translation>
    </message>
    <message>
        <source>This workstation&apos;s key fingerprint</source>
        <translation>Осы жұмыс орны кілтінің саусақ ізі</translation>
    </message>
    <message>
        <source>Read it aloud to the head of office when they endorse the request; they see the same groups.</source>
        <translation>Әскери өкілдіктің бастығы сұрауды бекіткен кезде оны оған дауыстап оқып беріңіз; ол да дәл сондай топтарды көреді.</translation>
    </message>
    <message>
        <source>Join request: workstation {code} ({name}), for {person} ({user})</source>
        <translation>Қосылу сұрауы: {code} жұмыс орны ({name}), пайдаланушы: {person} ({user})</translation>
    </message>
    <message>
        <source>Its key fingerprint</source>
        <translation>Оның кілтінің саусақ ізі</translation>
    </message>
    <message>
        <source>Does the new workstation show the same fingerprint?</source>
        <translation>Жаңа жұмыс орнында дәл сол саусақ ізі көрсетілген бе?</translation>
    </message>
    <message>
        <source>Not endorsed: the fingerprints differ. Nothing was changed.</source>
        <translation>Бекітілмеді: саусақ іздері сәйкес келмейді. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Password of {user} to sign the keyring: </source>
        <translation>Кілттер жинағына қол қою үшін {user} пайдаланушысының құпиясөзі: </translation>
    </message>
    <message>
        <source>Workstation {code} enrolled; keyring version {v}: {path}</source>
        <translation>{code} жұмыс орны қосылды; кілттер жиынының {v} нұсқасы: {path}</translation>
    </message>
    <message>
        <source>First bundle for it ({changes} changes): {path}</source>
        <translation>Ол үшін бірінші алмасу пакеті (өзгерістер: {changes}): {path}</translation>
    </message>
    <message>
        <source>On the new workstation: milrep sync import {keyring} {bundle}</source>
        <translation>Жаңа жұмыс орнында: milrep sync import {keyring} {bundle}</translation>
    </message>
    <message>
        <source>The key of workstation {site} is revoked after its bundle {n}; keyring version {v} written: {path}</source>
        <translation>{site} жұмыс орнының кілті оның {n} алмасу пакетінен кейін кері қайтарылды; кілттер жиынының {v} нұсқасы жазылды: {path}</translation>
    </message>
    <message>
        <source>Carry it to every other workstation (milrep sync import).</source>
        <translation>Оны барлық басқа жұмыс орындарына жеткізіңіз (milrep sync import).</translation>
    </message>
    <message>
        <source>New office root key; keyring version {v}, signed by the old and the new root, written: {path}</source>
        <translation>Әскери өкілдіктің жаңа түбірлік кілті; ескі және жаңа түбірлік кілттермен қол қойылған {v} нұсқалы кілттер жиыны жазылды: {path}</translation>
    </message>
    <message>
        <source>New root key fingerprint</source>
        <translation>Жаңа түбірлік кілттің саусақ ізі</translation>
    </message>
    <message>
        <source>Carry the keyring to every workstation, and give the new fingerprint to the recipients of the trust list.</source>
        <translation>Кілттер жиынын әрбір жұмыс орнына жеткізіңіз, ал жаңа саусақ ізін сенім тізімін алушыларға хабарлаңыз.</translation>
    </message>
    <message>
        <source>Keyring version {v} signed and written: {path}</source>
        <translation>Кілттер жинағының {v} нұсқасына қол қойылып, жазылды: {path}</translation>
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
        <source>on a new workstation: set up its database from the office&apos;s keyring file and write the request to join the office</source>
        <translation>жаңа жұмыс орнында: оның дерекқорын әскери өкілдіктің кілттер жиыны файлынан құру және әскери өкілдікке қосылу сұрауын жазу</translation>
    </message>
    <message>
        <source>the office&apos;s keyring file (.mrk) from the head of office; needed the first time, when the database is made</source>
        <translation>әскери өкілдіктің бастығынан алынған әскери өкілдіктің кілттер жиыны файлы (.mrk); алғаш рет, дерекқор құрылған кезде қажет</translation>
    </message>
    <message>
        <source>this workstation&apos;s code</source>
        <translation>осы жұмыс орнының коды</translation>
    </message>
    <message>
        <source>this workstation&apos;s name</source>
        <translation>осы жұмыс орнының атауы</translation>
    </message>
    <message>
        <source>your full name</source>
        <translation>сіздің толық аты-жөніңіз</translation>
    </message>
    <message>
        <source>the join request file to write (.mrj)</source>
        <translation>жазылатын қосылу сұрауы файлы (.mrj)</translation>
    </message>
    <message>
        <source>head of office: endorse a join request and write the keyring and the first bundle for the new workstation</source>
        <translation>әскери өкілдіктің бастығы: қосылу сұрауын растап, жаңа жұмыс орны үшін кілттер жиынын және бірінші алмасу пакетін жазу</translation>
    </message>
    <message>
        <source>the folder to write the keyring and bundle to</source>
        <translation>кілттер жиыны мен алмасу пакеті жазылатын қалта</translation>
    </message>
    <message>
        <source>the role of the new person&apos;s account, if new</source>
        <translation>жаңа қызметкердің есептік жазбасының рөлі, егер жазба жаңа болса</translation>
    </message>
    <message>
        <source>do not ask whether the fingerprint matches (it was compared already)</source>
        <translation>саусақ ізінің сәйкестігін сұрамау (ол бұрын салыстырылған)</translation>
    </message>
    <message>
        <source>head of office: revoke a workstation&apos;s key after its last valid bundle</source>
        <translation>әскери өкілдіктің бастығы: жұмыс орнының кілтін оның соңғы жарамды алмасу пакетінен кейін кері қайтару</translation>
    </message>
    <message>
        <source>the workstation code</source>
        <translation>жұмыс орнының коды</translation>
    </message>
    <message>
        <source>the last bundle of that workstation that stays valid (0: none)</source>
        <translation>осы жұмыс орнының жарамды болып қалатын соңғы алмасу пакеті (0 — ешқайсысы)</translation>
    </message>
    <message>
        <source>head of office: replace the office root key; the new keyring is signed by the old and the new root</source>
        <translation>әскери өкілдіктің бастығы: әскери өкілдіктің түбірлік кілтін ауыстыру; жаңа кілттер жиынына ескі және жаңа түбірлік кілттермен қол қойылады</translation>
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
        <source>Root key fingerprint</source>
        <translation>Түбірлік кілттің саусақ ізі</translation>
    </message>
    <message>
        <source>Give this fingerprint to the recipients separately from the file (in the covering letter or by phone): it is how they know the list is the office&apos;s.</source>
        <translation>Бұл саусақ ізін алушыларға файлдан бөлек беріңіз (ілеспе хатта немесе телефон арқылы): олар тізімнің өкілдікке тиесілі екенін осы арқылы біледі.</translation>
    </message>
    <message>
        <source>The conclusion on the draft contract no longer exists.</source>
        <translation>Шарт жобасы бойынша қорытынды енді жоқ.</translation>
    </message>
    <message>
        <source>Conclusion on a draft contract</source>
        <translation>Шарт жобасы бойынша қорытынды</translation>
    </message>
    <message>
        <source>Draft state defense order contract No. {number}</source>
        <translation>Мемлекеттік қорғаныстық тапсырыс бойынша № {number} шарттың жобасы</translation>
    </message>
    <message>
        <source>The draft contract</source>
        <translation>Шарт жобасы</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Тапсырыс беруші</translation>
    </message>
    <message>
        <source>Subject of the contract</source>
        <translation>Шарттың мәні</translation>
    </message>
    <message>
        <source>Contract value, tenge</source>
        <translation>Шарт құны, теңге</translation>
    </message>
    <message>
        <source>Draft as received</source>
        <translation>Келіп түскен жоба</translation>
    </message>
    <message>
        <source>Review opened</source>
        <translation>Қарау басталды</translation>
    </message>
    <message>
        <source>Terms required by paragraph 4 of Article 22 of the Law</source>
        <translation>Заңның 22-бабы 4-тармағында талап етілетін шарт талаптары</translation>
    </message>
    <message>
        <source>record</source>
        <translation>есеп деректері</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>тексеруші</translation>
    </message>
    <message>
        <source>Clause of the Law</source>
        <translation>Заң тармағы</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Талап</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Тұжырым</translation>
    </message>
    <message>
        <source>Clause of the draft</source>
        <translation>Жоба тармағы</translation>
    </message>
    <message>
        <source>Found from</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>✗ a term the law requires that the draft does not contain. Found from: the contract&apos;s record in milrep, or the reviewer&apos;s reading of the draft.</source>
        <translation>✗ заң талап ететін, бірақ жобада жоқ талап. Дереккөз: milrep-тегі шарттың есеп деректері немесе тексерушінің жобаны зерделеуі.</translation>
    </message>
    <message>
        <source>Remarks of the military representative office</source>
        <translation>Әскери өкілдіктің ескертпелері</translation>
    </message>
    <message>
        <source>No remarks.</source>
        <translation>Ескертпелер жоқ.</translation>
    </message>
    <message>
        <source>Issued under subparagraph 1) of paragraph 3 of Article 27 of {law}.</source>
        <translation>{law} 27-бабы 3-тармағының 1) тармақшасына сәйкес берілді.</translation>
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
        <source>The inventory count no longer exists.</source>
        <translation>Түгендеу енді жоқ.</translation>
    </message>
    <message>
        <source>Inventory count record</source>
        <translation>Түгендеу актісі</translation>
    </message>
    <message>
        <source>Inventory count sheet</source>
        <translation>Түгендеу тізімдемесі</translation>
    </message>
    <message>
        <source>of material assets kept at {location}</source>
        <translation>материалдық құндылықтар; сақтау орны: {location}</translation>
    </message>
    <message>
        <source>Balances taken on</source>
        <translation>Қалдықтар күні</translation>
    </message>
    <message>
        <source>the end of {date}</source>
        <translation>{date} күннің соңы</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Article 27.3.5 of the Law on the defense industry and the state defense order: records of material assets created or purchased with budget funds</source>
        <translation>«Қорғаныс өнеркәсібі және мемлекеттік қорғаныстық тапсырыс туралы» Заңның 27-бабы 3-тармағының 5) тармақшасы: бюджет қаражаты есебінен жасалған немесе сатып алынған материалдық құндылықтарды есепке алу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Есеп бойынша</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Саналғаны</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Lines: {n}. Value of the expected quantities: {total} ₸.</source>
        <translation>Жолдар: {n}. Есеп бойынша сандардың құны: {total} ₸.</translation>
    </message>
    <message>
        <source>Count every asset on the spot and write the quantity found in the “Counted” column (0 when nothing is found); list assets found that are not on this sheet below. Then enter the counted quantities in milrep and reconcile the count.</source>
        <translation>Әрбір құндылықты орнында санап, табылған санын «Саналғаны» бағанына жазыңыз (ештеңе табылмаса — 0); осы тізімдемеде жоқ табылған құндылықтарды төменде көрсетіңіз. Содан кейін саналған сандарды milrep-ке енгізіп, түгендеу нәтижелерін салыстырыңыз.</translation>
    </message>
    <message>
        <source>Assets found that are not on the sheet</source>
        <translation>Тізімдемеде жоқ табылған құндылықтар</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Айырмашылықтар</translation>
    </message>
    <message>
        <source>Shortage (−) / surplus (+)</source>
        <translation>Кем шығу (−) / артық шығу (+)</translation>
    </message>
    <message>
        <source>Cost, ₸</source>
        <translation>Құны, ₸</translation>
    </message>
    <message>
        <source>Net value of the discrepancies: {total} ₸.</source>
        <translation>Айырмашылықтардың қорытынды құны: {total} ₸.</translation>
    </message>
    <message>
        <source>No discrepancies: every counted quantity equals the balance of the register.</source>
        <translation>Айырмашылықтар жоқ: әрбір саналған сан тізілімдегі қалдыққа тең.</translation>
    </message>
    <message>
        <source>Member of the commission</source>
        <translation>Комиссия мүшесі</translation>
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
        <source>Monthly report</source>
        <translation>Ай сайынғы есеп</translation>
    </message>
    <message>
        <source>of the military representative office for {month} ({first} – {last})</source>
        <translation>әскери өкілдік бойынша, {month} ({first} – {last})</translation>
    </message>
    <message>
        <source>Nothing was presented, accepted, returned, suspended, certified or reclaimed in this month: every figure below is zero.</source>
        <translation>Осы айда ұсыну, қабылдау, қайтару, тоқтата тұру, сапа туралы куәлік беру және рекламация болған жоқ: төмендегі барлық көрсеткіштер нөлге тең.</translation>
    </message>
    <message>
        <source>Work by item</source>
        <translation>Позициялар бойынша жұмыс</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Ұсынулар</translation>
    </message>
    <message>
        <source>Units accepted</source>
        <translation>Қабылданған бұйымдар</translation>
    </message>
    <message>
        <source>Units rejected</source>
        <translation>Қабылданбаған бұйымдар</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Ақаулар</translation>
    </message>
    <message>
        <source>No item had presentations, decisions or defects this month.</source>
        <translation>Осы айда бірде-бір позиция бойынша ұсыну, шешім немесе ақау болған жоқ.</translation>
    </message>
    <message>
        <source>Reliability trend, {first} – {last}</source>
        <translation>Сенімділік серпіні, {first} – {last}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <source>First pass</source>
        <translation>Бірінші ұсынудан</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Қайтару үлесі</translation>
    </message>
    <message>
        <source>First pass: presentations accepted at attempt 1 of those decided at attempt 1. Return rate: presentations returned of all decided. Defects: nonconforming results (unit × characteristic) and short completeness lines of decided inspections, nonconformities raised by hand, failed tests, defective units reported by reclamations (not those due to improper operation).</source>
        <translation>Бірінші ұсынудан: 1-әрекетте шешім қабылданған ұсынулардың ішінде 1-әрекетте қабылданғандарының үлесі. Қайтару үлесі: шешім қабылданған барлық ұсынулардың ішінде қайтарылғандарының үлесі. Ақаулар: шешім қабылданған бақылаулардың сәйкес келмейтін нәтижелері (бұйым × сипаттама) және жинақсыздық жолдары, қолмен тіркелген сәйкессіздіктер, теріс сынақ нәтижелері, рекламациялар бойынша хабарланған ақаулы бұйымдар (дұрыс пайдаланбаудан туындағандарынан басқа).</translation>
    </message>
    <message>
        <source>Pareto of defects, {first} – {last}</source>
        <translation>Ақаулардың Парето диаграммасы, {first} – {last}</translation>
    </message>
    <message>
        <source>Defect category</source>
        <translation>Ақау санаты</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Жинақталған үлес</translation>
    </message>
    <message>
        <source>Sources: {sources}.</source>
        <translation>Дереккөздер: {sources}.</translation>
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
        <source>Details</source>
        <translation>Мәліметтер</translation>
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
        <source>Register of material assets</source>
        <translation>Материалдық құндылықтар тізілімі</translation>
    </message>
    <message>
        <source>created or purchased with budget funds under the state defense order (Article 27.3.5); balances at the end of {date}</source>
        <translation>мемлекеттік қорғаныстық тапсырыс бойынша бюджет қаражаты есебінен жасалған немесе сатып алынған (27-баптың 3-тармағының 5) тармақшасы); {date} күннің соңындағы қалдықтар</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Құндылықтар</translation>
    </message>
    <message>
        <source>Value by category</source>
        <translation>Санаттар бойынша құны</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Inventory No.</source>
        <extracomment>the asset&apos;s balance over all its movements, in thousandths</extracomment>
        <translation>Инвентарлық №</translation>
    </message>
    <message>
        <source>Name, category, contract</source>
        <translation>Атауы, санаты, шарт</translation>
    </message>
    <message>
        <source>Location, responsible</source>
        <translation>Орналасқан жері, жауапты</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <source>Unit cost, ₸</source>
        <translation>Бірлік бағасы, ₸</translation>
    </message>
    <message>
        <source>Total ({n} assets)</source>
        <translation>Барлығы ({n} құндылық)</translation>
    </message>
    <message>
        <source>Movements of material assets</source>
        <translation>Материалдық құндылықтардың қозғалысы</translation>
    </message>
    <message>
        <source>from {first} to {last} inclusive</source>
        <translation>{first} бастап {last} қоса алғанда</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Қозғалыстар</translation>
    </message>
    <message>
        <source>Totals by kind</source>
        <translation>Түрлері бойынша қорытынды</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Құндылық</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Қайдан → қайда</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Grounds, signed by</source>
        <translation>Негіздеме, қол қойған</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Кейінгі қалдық</translation>
    </message>
    <message>
        <source>No movement in this period.</source>
        <translation>Осы кезеңде қозғалыс болған жоқ.</translation>
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
        <source>The conclusion on the verified costs no longer exists.</source>
        <translation>Шығындарды тексеру бойынша қорытынды енді жоқ.</translation>
    </message>
    <message>
        <source>Conclusion on the verification of actual costs</source>
        <translation>Нақты шығындарды тексеру бойынша қорытынды</translation>
    </message>
    <message>
        <source>What was verified</source>
        <translation>Тексерілгені</translation>
    </message>
    <message>
        <source>Subject of the verification</source>
        <translation>Тексеру мәні</translation>
    </message>
    <message>
        <source>Verification opened</source>
        <translation>Тексеру басталды</translation>
    </message>
    <message>
        <source>Cost items, tenge</source>
        <translation>Шығын баптары, теңге</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Cost item</source>
        <translation>Шығын бабы</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Мәлімделгені</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Расталғаны</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Дау айтылғаны</translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation>Растайтын құжаттар</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>✗ an amount the office disputes (grounds in the remarks).</source>
        <translation>✗ әскери өкілдік дау айтатын сома (негіздемесі ескертпелерде).</translation>
    </message>
    <message>
        <source>Totals by category, tenge</source>
        <translation>Санаттар бойынша қорытынды, теңге</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Claimed {claimed} tenge; verified {verified} tenge; disputed {disputed} tenge.</source>
        <translation>Мәлімделгені {claimed} теңге; расталғаны {verified} теңге; дау айтылғаны {disputed} теңге.</translation>
    </message>
    <message>
        <source>Issued under subparagraph 8) of paragraph 3 of Article 27 of {law}, in accordance with the pricing rules for the state defense order.</source>
        <translation>{law} 27-бабы 3-тармағының 8) тармақшасы негізінде мемлекеттік қорғаныстық тапсырыс бойынша баға белгілеу қағидаларына сәйкес берілді.</translation>
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
        <extracomment>1 for a conflict a person settles; 0 for one on a derived column (the search text), which is settled with the conflict of the same write on the row&apos;s own columns</extracomment>
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
        <extracomment>columns a service derives from others (the search index text): a conflict on one goes with the conflict of the same losing write on the row&apos;s own columns, is settled with it, and is not listed for a person on its own</extracomment>
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
        <source>{document}, revision {revision}, clause {clause}</source>
        <translation>{document}, {revision} редакция, {clause} тармақ</translation>
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
        <source>Record of</source>
        <translation>Жазба түрі</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Field or rule</source>
        <translation>Өріс немесе ереже</translation>
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
        <source>Conclusion No.</source>
        <translation>Қорытынды №</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Белгіленуі</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Current revision</source>
        <translation>Қолданыстағы редакция</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Protection measure</source>
        <translation>Қорғау шарасы</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Бағаланған күні</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Келесі тексеру</translation>
    </message>
    <message>
        <source>Claimed, ₸</source>
        <translation>Мәлімделгені, ₸</translation>
    </message>
    <message>
        <source>Disputed, ₸</source>
        <translation>Дау айтылғаны, ₸</translation>
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
        <source>Signed by</source>
        <translation>Қол қойған</translation>
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
        <translation>Куәлік бір бұйымды қамтиды: таңдалған қабылдау актілері әртүрлі бұйымдарға қатысты.</translation>
    </message>
    <message>
        <source>The quantity to certify must be a whole number greater than zero.</source>
        <translation>Куәлік ресімделетін саны нөлден үлкен бүтін сан болуы тиіс.</translation>
    </message>
    <message>
        <source>Serial numbers repeated: {serials}.</source>
        <translation>Қайталанатын зауыттық нөмірлер: {serials}.</translation>
    </message>
    <message>
        <source>Not accepted by the chosen records, or already certified: {serials}.</source>
        <translation>Таңдалған актілермен қабылданбаған немесе куәлік ресімделіп қойған: {serials}.</translation>
    </message>
    <message>
        <source>The quantity ({qty}) differs from the number of serials ({n}).</source>
        <translation>Саны ({qty}) зауыттық нөмірлер санынан ({n}) өзгеше.</translation>
    </message>
    <message>
        <source>The accepted units have serial numbers: list the serials of the {qty} {unit} to certify.</source>
        <translation>Қабылданған бірліктердің зауыттық нөмірлері бар: куәлік ресімделетін {qty} {unit} зауыттық нөмірлерін тізіп көрсетіңіз.</translation>
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
        <source>2: also write a second workstation&apos;s database beside it, enrolled, to exchange sync bundles with</source>
        <translation>2: сонымен қатар алмасу пакеттерін бір-біріне беру үшін оның жанына қосылған екінші жұмыс орнының дерекқорын жазу</translation>
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
        <source>Second workstation (user {user}): {path}</source>
        <translation>Екінші жұмыс орны ({user} пайдаланушысы): {path}</translation>
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
        <extracomment>the movement&apos;s effect on the asset&apos;s total: + for a receipt, - for what leaves the register</extracomment>
        <translation>«{field}» өрісін толтырыңыз.</translation>
    </message>
    <message>
        <source>{label}: {fingerprint}</source>
        <translation>{label}: {fingerprint}</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[и/Ж]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>и</translation>
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
        <source>{field} cannot be negative.</source>
        <translation>{field}: мәні теріс бола алмайды.</translation>
    </message>
    <message>
        <source>{field} must be greater than zero.</source>
        <translation>«{field}»: мән нөлден үлкен болуы тиіс.</translation>
    </message>
    <message>
        <source>{field} has more than three decimal places.</source>
        <translation>{field}: үтірден кейін үш таңбадан артық.</translation>
    </message>
    <message>
        <source>{field} is too large.</source>
        <translation>{field}: мәні тым үлкен.</translation>
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
        <source>Nonconformities raised by hand ({severity})</source>
        <translation>Қолмен тіркелген сәйкессіздіктер ({severity})</translation>
    </message>
    <message>
        <source>Periodic test failed</source>
        <translation>Мерзімді сынақтардан өтпеді</translation>
    </message>
    <message>
        <source>Qualification test failed</source>
        <translation>Біліктілік сынақтарынан өтпеді</translation>
    </message>
    <message>
        <source>Type test failed</source>
        <translation>Типтік сынақтардан өтпеді</translation>
    </message>
    <message>
        <source>In service: {name}</source>
        <translation>Пайдалану кезінде: {name}</translation>
    </message>
    <message>
        <source>In service: characteristic not named</source>
        <translation>Пайдалану кезінде: сипаттама көрсетілмеген</translation>
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
        <source>The reclamation no longer exists.</source>
        <translation>Рекламация енді жоқ.</translation>
    </message>
    <message>
        <source>, lot {lot}</source>
        <translation>, {lot} партиясы</translation>
    </message>
    <message>
        <source>Reclamation act</source>
        <translation>Рекламациялық акт</translation>
    </message>
    <message>
        <source>Draft: the joint commission&apos;s findings are not recorded</source>
        <translation>Жоба: бірлескен комиссияның қорытындысы енгізілмеген</translation>
    </message>
    <message>
        <source>Drawn up under Article 29 of {law} by the joint commission of the recipient, the contractor and the military representative office, to establish the causes of a defect found within the established warranty period.</source>
        <translation>{law} 29-бабына сәйкес белгіленген кепілдік мерзімі ішінде анықталған ақаудың себептерін анықтау мақсатында алушының, орындаушының және әскери өкілдіктің бірлескен комиссиясы жасады.</translation>
    </message>
    <message>
        <source>The defect notified</source>
        <translation>Хабарланған ақау</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>received by the contractor on {date}</source>
        <translation>орындаушы {date} алды</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Зауыттық нөмірлер</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>Ақау</translation>
    </message>
    <message>
        <source>Defect found on</source>
        <translation>Ақаудың анықталған күні</translation>
    </message>
    <message>
        <source>Warranty period (Article 29.1)</source>
        <translation>Кепілдік мерзімі (29-баптың 1-тармағы)</translation>
    </message>
    <message>
        <source>{months} months, {start} to {end} ({basis})</source>
        <translation>{months} ай, {start} бастап {end} дейін ({basis})</translation>
    </message>
    <message>
        <source>Goods kept at (Article 29.1)</source>
        <translation>Өнімнің сақталатын орны (29-баптың 1-тармағы)</translation>
    </message>
    <message>
        <source>Joint commission (Article 29.2)</source>
        <translation>Бірлескен комиссия (29-баптың 2-тармағы)</translation>
    </message>
    <message>
        <source>Formed on {date}.</source>
        <translation>{date} құрылды.</translation>
    </message>
    <message>
        <source>Organization</source>
        <extracomment>business conflicts: the record and the one it crosses, each with where and when made</extracomment>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Тарап</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Not formed yet.</source>
        <translation>Әлі құрылмаған.</translation>
    </message>
    <message>
        <source>Findings of the commission</source>
        <translation>Комиссияның қорытындысы</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Әлі енгізілмеген.</translation>
    </message>
    <message>
        <source>Findings dated</source>
        <translation>Қорытынды күні</translation>
    </message>
    <message>
        <source>Cause established</source>
        <translation>Анықталған себеп</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Анықталды</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <source>Outcome under Article 29</source>
        <translation>29-бапқа сәйкес салдары</translation>
    </message>
    <message>
        <source>Remedy and penalty period (Article 29.6)</source>
        <translation>Жою тәсілі және тұрақсыздық айыбын есептеу кезеңі (29-баптың 6-тармағы)</translation>
    </message>
    <message>
        <source>Remedies the findings allow</source>
        <translation>Қорытынды жол беретін жою тәсілдері</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Жою тәсілі</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>әлі таңдалмаған</translation>
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
        <source>not completed</source>
        <translation>аяқталмаған</translation>
    </message>
    <message>
        <source>{days} days from the notification&apos;s receipt</source>
        <translation>хабарлама алынған күннен бастап {days} күн</translation>
    </message>
    <message>
        <source> (still running)</source>
        <translation> (жалғасуда)</translation>
    </message>
    <message>
        <source>; the contract&apos;s term is {term} days</source>
        <translation>; шарт бойынша мерзімі — {term} күн</translation>
    </message>
    <message>
        <source> — overdue by {days} days</source>
        <translation> — {days} күнге кешіктірілген</translation>
    </message>
    <message>
        <source>Penalty period</source>
        <translation>Тұрақсыздық айыбын есептеу кезеңі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Suspension (Article 27.4.8)</source>
        <translation>Тоқтата тұру (27-баптың 4-тармағының 8) тармақшасы)</translation>
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
        <translation>Куәлік енді жоқ.</translation>
    </message>
    <message>
        <source>Certificate {number} is already revoked.</source>
        <translation>{number} куәлігі бұрыннан кері қайтарып алынған.</translation>
    </message>
    <message>
        <source>Certificate {number} is already superseded by a re-issued certificate.</source>
        <translation>{number} куәлігі қайта ресімделген куәлікпен бұрыннан ауыстырылған.</translation>
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
        <source>Conclusion on verified costs</source>
        <translation>Шығындарды тексеру бойынша қорытынды</translation>
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
        <translation>сапа туралы куәліктер: тізім, көрсету, тексеру, беру, кері қайтарып алу</translation>
    </message>
    <message>
        <source>list the certificates, newest first</source>
        <translation>куәліктер тізімі, алдымен жаңалары</translation>
    </message>
    <message>
        <source>only certificates with this status</source>
        <translation>тек осы мәртебедегі куәліктер</translation>
    </message>
    <message>
        <source>show one certificate and its seal</source>
        <translation>бір куәлікті және оның мөрін көрсету</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>куәлік нөмірі</translation>
    </message>
    <message>
        <source>print the Article 27.5 checklist for acceptance records (exit 0 only when all hold)</source>
        <translation>қабылдау актілері үшін 27.5-баптың бақылау тізбесін шығару (барлық шарт орындалғанда ғана шығу коды 0)</translation>
    </message>
    <message>
        <source>issue a certificate for acceptance records (a signing act)</source>
        <translation>қабылдау актілері бойынша куәлік беру (қол қою әрекеті)</translation>
    </message>
    <message>
        <source>acceptance record numbers</source>
        <translation>қабылдау актілерінің нөмірлері</translation>
    </message>
    <message>
        <source>certify only these serial numbers</source>
        <translation>тек осы зауыттық нөмірлерге куәлік ресімдеу</translation>
    </message>
    <message>
        <source>certify only N units (goods without serials)</source>
        <translation>тек N бірлікке куәлік ресімдеу (зауыттық нөмірі жоқ өнім)</translation>
    </message>
    <message>
        <source>revoke a certificate (head of office; a signing act)</source>
        <translation>куәлікті кері қайтарып алу (өкілдік бастығы; қол қою әрекеті)</translation>
    </message>
    <message>
        <source>issue a new certificate superseding one (head of office; a signing act)</source>
        <translation>бұрынғысының орнына жаңа куәлік беру (өкілдік бастығы; қол қою әрекеті)</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>себебі</translation>
    </message>
    <message>
        <source>write certificates as PDF (one, or --all into one file or a folder)</source>
        <translation>сапа туралы куәліктерді PDF ретінде жазу (біреуін немесе --all арқылы барлығын бір файлға не қалтаға)</translation>
    </message>
    <message>
        <source>every certificate, in the order of their numbers</source>
        <translation>барлық куәліктер, нөмірлерінің ретімен</translation>
    </message>
    <message>
        <source>the PDF file to write; with --all an existing folder gets one file per certificate</source>
        <translation>жазылатын PDF файл; --all болғанда бар қалтаға әр куәлікке бір файлдан жазылады</translation>
    </message>
    <message>
        <source>language: kk, ru, en, or both (Kazakh and Russian, the default)</source>
        <translation>тіл: kk, ru, en немесе both (қазақ және орыс тілдері, әдепкі бойынша)</translation>
    </message>
    <message>
        <source>overwrite existing files</source>
        <translation>бар файлдарды қайта жазу</translation>
    </message>
    <message>
        <source>No certificates.</source>
        <translation>Куәліктер жоқ.</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>Ауыстырады</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Мөр</translation>
    </message>
    <message>
        <source>Every condition of Article 27.5 holds: the certificate may be issued.</source>
        <translation>27.5-баптың барлық шарттары орындалды: куәлік берілуі мүмкін.</translation>
    </message>
    <message>
        <source>The certificate cannot be issued while a condition fails.</source>
        <translation>Қандай да бір шарт орындалмайынша куәлік берілмейді.</translation>
    </message>
    <message>
        <source>Password of {user} to sign the certificate: </source>
        <translation>Куәлікке қол қою үшін {user} пайдаланушысының құпиясөзі: </translation>
    </message>
    <message>
        <source>Certificate {number} issued: {qty} {unit} of {item} ({lots}).</source>
        <translation>{number} куәлігі берілді: {item}, {qty} {unit} ({lots}).</translation>
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
        <translation>{number} куәлігі кері қайтарып алынды.</translation>
    </message>
    <message>
        <source>Certificate {new} issued; it supersedes {old}.</source>
        <translation>{new} куәлігі берілді; ол {old} куәлігін ауыстырады.</translation>
    </message>
    <message>
        <source>Name one certificate NUMBER, or --all (not both).</source>
        <translation>Бір куәліктің NUMBER нөмірін немесе --all көрсетіңіз (екеуін бірге емес).</translation>
    </message>
    <message>
        <source>Certificates: {done} of {total}</source>
        <translation>Куәліктер: {total} ішінен {done}</translation>
    </message>
    <message>
        <source>There are no certificates to write.</source>
        <translation>Жазылатын куәліктер жоқ.</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name, or --all to write one file per certificate into it.</source>
        <translation>{path} — қалта: файл атауын көрсетіңіз немесе оған әр куәлікке бір файлдан жазу үшін --all қосыңыз.</translation>
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
        <extracomment>the face of data tables: condensed, so wide measurement grids fit the page; a document with few narrow tables may set its text face (one font fewer to embed) the face of small print: captions, signing-act lines and the page frame</extracomment>
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
        <source>Tests performed</source>
        <translation>Өткізілген сынақтар</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Protocol, acceptance record</source>
        <translation>Хаттама, қабылдау актісі</translation>
    </message>
    <message>
        <source>No tests are recorded.</source>
        <translation>Сынақтар жазылмаған.</translation>
    </message>
    <message>
        <source>The item has no completeness list: it is delivered as one unit.</source>
        <translation>Позицияның жинақтылық тізбесі жоқ: ол бір бұйым ретінде жеткізіледі.</translation>
    </message>
    <message>
        <source>The goods are complete as the completeness list of the technical documentation requires.</source>
        <translation>Өнім техникалық құжаттаманың жинақтылық тізбесіне сәйкес толық жинақталған.</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Кепілдік</translation>
    </message>
    <message>
        <source>As stated in the contract.</source>
        <translation>Шартқа сәйкес.</translation>
    </message>
    <message>
        <source>Annex: serial numbers</source>
        <translation>Қосымша: зауыттық нөмірлер</translation>
    </message>
    <message>
        <source>Lot {lot}: {n} serial numbers</source>
        <translation>{lot} партиясы: зауыттық нөмірлер саны — {n}</translation>
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
        <translation>Мөр Q қателерді түзету деңгейіндегі {max} нұсқалы QR таңбасы үшін тым ұзын ({length} таңба; ең көбі {limit} сыяды). Куәлік нөмірін, шарт нөмірін, номенклатура кодын, өлшем бірлігін немесе партия мәтінін қысқартыңыз.</translation>
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
        <translation>Кері қайтарып алынған куәлік</translation>
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
        <translation>Қолтаңба мөрдің мазмұнына сәйкес келмейді: мөр өзгертілген немесе қолдан жасалған. Бұл куәлік бойынша өнімді қабылдамаңыз.</translation>
    </message>
    <message>
        <source>The seal is signed with key {kid} of workstation {site}, revoked on {date} ({reason}). Ask office {office} whether the certificate stands.</source>
        <translation>Мөрге {site} жұмыс орнының {date} күні кері қайтарылған ({reason}) {kid} кілтімен қол қойылған. Куәліктің күшінде екенін {office} өкілдігінен сұраңыз.</translation>
    </message>
    <message>
        <source>The seal names office {claimed}, but its key belongs to office {office}.</source>
        <translation>Мөрде {claimed} өкілдігі көрсетілген, бірақ оның кілті {office} өкілдігіне тиесілі.</translation>
    </message>
    <message>
        <source>Certificate {number} was revoked on {date}: {reason}</source>
        <translation>{number} куәлігі {date} күні кері қайтарылды: {reason}</translation>
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
        <extracomment>``--lang`` choices of ``milrep certificate pdf``: a language, or ``both`` (Kazakh and Russian)</extracomment>
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
        <translation>Куәлік берілмейді (27.5-бап):
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
        <translation>{records} бойынша қабылданғанның бәріне куәлік ресімделген.</translation>
    </message>
    <message>
        <source>the quantity to certify must be more than zero.</source>
        <translation>куәлік ресімделетін саны нөлден көп болуы керек.</translation>
    </message>
    <message>
        <source>{qty} {unit} is more than accepted and not yet certified ({remaining} {unit}).</source>
        <translation>{qty} {unit} қабылданған және әлі куәлік ресімделмеген мөлшерден ({remaining} {unit}) көп.</translation>
    </message>
    <message>
        <source>{total} {unit} of &quot;{item}&quot; would be certified in all; contract {contract} provides for {contracted}.</source>
        <translation>Барлығы «{item}» өнімінің {total} {unit} мөлшеріне куәлік ресімделер еді; {contract} келісімшартында {contracted} көзделген.</translation>
    </message>
    <message>
        <source>{qty} {unit}; {total} of {contracted} {unit} certified under contract {contract} with this one.</source>
        <translation>{qty} {unit}; осымен бірге {contract} келісімшарты бойынша {contracted} {unit} ішінен {total} мөлшеріне куәлік ресімделді.</translation>
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
        <source>Certificate confirming quality</source>
        <extracomment>every table names its font: a cell left empty would otherwise declare Helvetica (base-14, not embedded, no Cyrillic) modules of 0.6 mm: a version-13 seal is 46 mm square with its quiet zone, read by a phone or a 150 dpi scan; never below qr.MIN_MODULE_MM serial numbers (as runs) longer than this go to an annex that may run over pages</extracomment>
        <translation>Сапа туралы куәлік</translation>
    </message>
    <message>
        <source>SUPERSEDED on {date} by certificate No. {number}: {reason}. Only the new certificate stands; goods are not accepted on this one.</source>
        <translation>{date} № {number} куәлікпен АУЫСТЫРЫЛДЫ: {reason}. Тек жаңа куәлік күшінде; өнім осы куәлік бойынша қабылданбайды.</translation>
    </message>
    <message>
        <source>REVOKED on {date} by {who}: {reason}. This certificate no longer confirms the quality of the goods; goods are not accepted on it.</source>
        <translation>{date} {who} КЕРІ ҚАЙТАРДЫ: {reason}. Бұл куәлік енді өнімнің сапасын растамайды; өнім ол бойынша қабылданбайды.</translation>
    </message>
    <message>
        <source>Issued in place of certificate No. {number}, which it supersedes ({reason}).</source>
        <translation>№ {number} куәліктің орнына берілді және оны ауыстырады ({reason}).</translation>
    </message>
    <message>
        <source>BIN {bin}</source>
        <translation>БСН {bin}</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Берген</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>Құпиялылық белгісі</translation>
    </message>
    <message>
        <source>Lots and serial numbers</source>
        <translation>Партиялар және зауыттық нөмірлер</translation>
    </message>
    <message>
        <source>{n} serial numbers, listed in the annex</source>
        <translation>зауыттық нөмірлер саны — {n}, қосымшада келтірілген</translation>
    </message>
    <message>
        <source>Acceptance record, date</source>
        <translation>Қабылдау актісі, күні</translation>
    </message>
    <message>
        <source>Manufactured on</source>
        <translation>Дайындалған күні</translation>
    </message>
    <message>
        <source>Statement of conformity</source>
        <translation>Сәйкестік туралы мәлімдеме</translation>
    </message>
    <message>
        <source>The military representative office confirms that the goods named in this certificate were manufactured, inspected and accepted in conformity with the technical documentation, the operational requirement and the contract named below, and may be delivered to the recipient.</source>
        <translation>Әскери өкілдік осы куәлікте көрсетілген өнімнің төменде аталған техникалық құжаттамаға, тактикалық-техникалық тапсырмаға және шартқа сәйкес дайындалғанын, бақылаудан өткенін және қабылданғанын әрі алушыға жеткізілуі мүмкін екенін растайды.</translation>
    </message>
    <message>
        <source>revision {revision}</source>
        <translation>{revision} редакция</translation>
    </message>
    <message>
        <source>Operational requirement</source>
        <translation>Тактикалық-техникалық тапсырма</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарттар</translation>
    </message>
    <message>
        <source>opinion No. {number}</source>
        <translation>№ {number} қорытынды</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>QR seal of the office. To verify it: milrep verify with this PDF, a scan or a photo of it (or Verify certificate in milrep) and the office&apos;s trust list; the fields shown must match this paper.</source>
        <translation>Өкілдіктің QR мөрі. Тексеру үшін: осы PDF, оның сканері немесе фотосуреті бар milrep verify (немесе milrep ішіндегі «Куәлікті тексеру») және өкілдіктің сенім тізімі; көрсетілген өрістер осы құжатпен сәйкес келуі тиіс.</translation>
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
        <translation>Куәлікті көрсетіңіз.</translation>
    </message>
    <message>
        <source>There is no certificate {number}.</source>
        <translation>{number} куәлігі жоқ.</translation>
    </message>
    <message>
        <source>superseded by certificate {number}: {reason}</source>
        <translation>{number} куәлігімен ауыстырылды: {reason}</translation>
    </message>
    <message>
        <source>Name either the lot or the certificate of the goods shipped.</source>
        <translation>Жөнелтілген өнімнің партиясын немесе куәлігін көрсетіңіз.</translation>
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
        <translation>{number} куәлігі {date} берілген: өнім ол бойынша бұдан ертерек жөнелтілуі мүмкін емес.</translation>
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
        <translation>{lot} партиясында жарамды сапа туралы куәлік жоқ: оны жөнелтуге болмайды.</translation>
    </message>
    <message>
        <source>Only {left} {unit} of lot {lot} are certified and not yet shipped; {qty} {unit} cannot be shipped.</source>
        <translation>{lot} партиясының куәлік ресімделген және әлі жөнелтілмеген бөлігі тек {left} {unit}; {qty} {unit} жөнелтуге болмайды.</translation>
    </message>
    <message>
        <source>Certificate {number} is {status}: goods are not shipped under it.</source>
        <translation>{number} куәлігі — {status}: ол бойынша өнім жөнелтілмейді.</translation>
    </message>
    <message>
        <source>Only {room} {unit} covered by certificate {number} are not yet shipped; {qty} {unit} cannot be shipped.</source>
        <translation>{number} куәлігі бойынша тек {room} {unit} әлі жөнелтілмеген; {qty} {unit} жөнелтуге болмайды.</translation>
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
        <extracomment>(version, the value as the change log holds it) called with the number of changes gone through, every ``every`` changes (it may raise to stop: the caller&apos;s transaction is then rolled back)</extracomment>
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
        <extracomment>the last bundle sequence this key validly signed, once revoked; None while in force with a revocation: the site&apos;s last valid change (its change-log number) as of that bundle; changes of the site after it are refused whoever relays them, unless the site has a key in force again. None: not stated (an older keyring)</extracomment>
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
        <source>The bundle carries changes of workstation {site} numbered after {last}, made after its key was revoked (they may have been relayed by another workstation). It is refused; report it to the head of office.</source>
        <translation>Алмасу пакетінде {site} жұмыс орнының кілті кері қайтарылғаннан кейін енгізілген, нөмірі {last} нөмірінен кейінгі өзгерістер бар (оларды басқа жұмыс орны жіберген болуы мүмкін). Пакет қабылданбады; бұл туралы әскери өкілдіктің бастығына хабарлаңыз.</translation>
    </message>
    <message>
        <source>This keyring belongs to another office&apos;s deployment. Nothing was changed.</source>
        <extracomment>written only with a revocation that states it (files without it read as before)</extracomment>
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
    <message>
        <source>not a date (YYYY-MM-DD): {v}</source>
        <translation>күн емес (ЖЖЖЖ-АА-КК): {v}</translation>
    </message>
    <message>
        <source>material assets: list the register, a balance, export</source>
        <translation>материалдық құндылықтар: тізілім, қалдық, шығару</translation>
    </message>
    <message>
        <source>list the register with balances</source>
        <translation>тізілімді қалдықтарымен көрсету</translation>
    </message>
    <message>
        <source>balances at the end of this day (default: today)</source>
        <translation>осы күннің соңындағы қалдықтар (әдепкі бойынша: бүгін)</translation>
    </message>
    <message>
        <source>the balance of one asset, by location</source>
        <translation>бір құндылықтың орналасқан жерлері бойынша қалдығы</translation>
    </message>
    <message>
        <source>inventory number</source>
        <translation>инвентарлық нөмір</translation>
    </message>
    <message>
        <source>at the end of this day (default: today)</source>
        <translation>осы күннің соңында (әдепкі бойынша: бүгін)</translation>
    </message>
    <message>
        <source>write the register, or the movements of a period, as XLSX, CSV or PDF</source>
        <translation>тізілімді немесе кезеңдегі қозғалысты XLSX, CSV немесе PDF ретінде шығару</translation>
    </message>
    <message>
        <source>file format</source>
        <translation>файл пішімі</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>жазылатын файл</translation>
    </message>
    <message>
        <source>the movements of a period instead of the register</source>
        <translation>тізілімнің орнына кезеңдегі қозғалыс</translation>
    </message>
    <message>
        <source>first day of the period (with --movements)</source>
        <translation>кезеңнің бірінші күні (--movements болғанда)</translation>
    </message>
    <message>
        <source>last day of the period (with --movements; default: today)</source>
        <translation>кезеңнің соңғы күні (--movements болғанда; әдепкі бойынша: бүгін)</translation>
    </message>
    <message>
        <source>register balances at the end of this day</source>
        <translation>осы күннің соңындағы тізілім қалдықтары</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>бар файлды ауыстыру</translation>
    </message>
    <message>
        <source>The register has no assets on this date.</source>
        <translation>Осы күнге тізілімде құндылықтар жоқ.</translation>
    </message>
    <message>
        <source>{number} {name}: {balance} {unit} at the end of {date}</source>
        <translation>{number} {name}: {date} күннің соңында {balance} {unit}</translation>
    </message>
    <message>
        <source>{path} already exists; add --force to replace it.</source>
        <translation>{path} бұрыннан бар; оны ауыстыру үшін --force қосыңыз.</translation>
    </message>
    <message>
        <source>Give the first day of the period with --from.</source>
        <translation>Кезеңнің бірінші күнін --from арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>Wrote {path} ({n} rows).</source>
        <translation>{path} жазылды (жолдар: {n}).</translation>
    </message>
    <message>
        <source>draft contract reviews: the Article 22.4 checklist</source>
        <translation>шарт жобаларын қарау: 22-баптың 4-тармағы бойынша тексеру тізімі</translation>
    </message>
    <message>
        <source>the checklist, remarks and conclusion of the latest review of a contract</source>
        <translation>шарт жобасын соңғы қараудың тексеру тізімі, ескертпелері және қорытындысы</translation>
    </message>
    <message>
        <source>contract number</source>
        <translation>шарт нөмірі</translation>
    </message>
    <message>
        <source>the register of technical documents and national standards</source>
        <translation>техникалық құжаттама мен ұлттық стандарттар тізілімі</translation>
    </message>
    <message>
        <source>documents with their revisions, by designation</source>
        <translation>құжаттар редакцияларымен, белгіленуі бойынша</translation>
    </message>
    <message>
        <source>only requirements referencing a superseded or cancelled revision (exit 1 when there are any)</source>
        <translation>тек ауыстырылған немесе күші жойылған редакцияға сілтейтін талаптар (ондайлар болса, шығу коды 1)</translation>
    </message>
    <message>
        <source>There is no contract No. {number}.</source>
        <translation>№ {number} шарт жоқ.</translation>
    </message>
    <message>
        <source>The draft of contract {number} has not been reviewed.</source>
        <translation>{number} шартының жобасы қаралмаған.</translation>
    </message>
    <message>
        <source>Review of the draft of contract {number}, opened {date}</source>
        <translation>{number} шарт жобасын қарау, {date} басталды</translation>
    </message>
    <message>
        <source>Draft as received: {ref}</source>
        <translation>Алынған күйіндегі жоба: {ref}</translation>
    </message>
    <message>
        <source>contract record</source>
        <translation>шарт жазбасы</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>Ескертулер:</translation>
    </message>
    <message>
        <source>conclusion No. {number}</source>
        <translation>№ {number} қорытынды</translation>
    </message>
    <message>
        <source>not concluded yet</source>
        <translation>қорытынды әлі берілмеген</translation>
    </message>
    <message>
        <source>No requirement references a superseded or cancelled revision.</source>
        <translation>Бірде-бір талап ауыстырылған немесе күші жойылған редакцияға сілтемейді.</translation>
    </message>
    <message>
        <source>{item}: {characteristic} references {document} rev. {revision}, cl. {clause} ({status}; current: {current})</source>
        <translation>{item}: {characteristic} {document}, {revision}-ред., {clause}-тармаққа сілтейді ({status}; қолданыстағысы: {current})</translation>
    </message>
    <message>
        <source>The register is empty.</source>
        <translation>Тізілім бос.</translation>
    </message>
    <message>
        <source>rev.</source>
        <translation>ред.</translation>
    </message>
    <message>
        <source>Warning: {n} requirement(s) reference a superseded or cancelled revision (milrep documents-register list --stale).</source>
        <translation>Назар аударыңыз: ауыстырылған немесе күші жойылған редакцияға сілтейтін талаптар саны — {n} (milrep documents-register list --stale).</translation>
    </message>
    <message>
        <source>reclamations under Article 29: list, show</source>
        <translation>29-бап бойынша рекламациялар: тізім, көрсету</translation>
    </message>
    <message>
        <source>list the reclamations, newest notification first</source>
        <translation>рекламациялар тізімі, алдымен ең соңғы хабарламалар</translation>
    </message>
    <message>
        <source>only reclamations with this status</source>
        <translation>тек осы мәртебедегі рекламациялар</translation>
    </message>
    <message>
        <source>only reclamations not closed</source>
        <translation>тек жабылмаған рекламациялар</translation>
    </message>
    <message>
        <source>show one reclamation</source>
        <translation>бір рекламацияны көрсету</translation>
    </message>
    <message>
        <source>reclamation number</source>
        <translation>рекламация нөмірі</translation>
    </message>
    <message>
        <source>No reclamations.</source>
        <translation>Рекламациялар жоқ.</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} күн</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>МЕРЗІМІ ӨТКЕН</translation>
    </message>
    <message>
        <source>Reclamation</source>
        <translation>Рекламация</translation>
    </message>
    <message>
        <source>Warranty: {months} months, {start} to {end} ({basis})</source>
        <translation>Кепілдік: {months} ай, {start} бастап {end} дейін ({basis})</translation>
    </message>
    <message>
        <source>Joint commission formed on {date}:</source>
        <translation>Бірлескен комиссия {date} құрылды:</translation>
    </message>
    <message>
        <source>Findings of {date}: {cause}</source>
        <translation>{date} қорытындысы: {cause}</translation>
    </message>
    <message>
        <source>Penalty period: {days} days</source>
        <translation>Тұрақсыздық айыбы кезеңі: {days} күн</translation>
    </message>
    <message>
        <source>term {term} days</source>
        <translation>мерзімі {term} күн</translation>
    </message>
    <message>
        <source>overdue by {days} days</source>
        <translation>{days} күнге кешіктірілді</translation>
    </message>
    <message>
        <source>Suspension (Article 27.4.8): {number}</source>
        <translation>Тоқтата тұру (27-баптың 4.8-тармағы): {number}</translation>
    </message>
    <message>
        <source>The same defect is in goods in production: a suspension is proposed (Article 27.4.8).</source>
        <translation>Дәл осындай ақау өндірістегі өнімде де бар: тоқтата тұру ұсынылады (27-баптың 4.8-тармағы).</translation>
    </message>
    <message>
        <source>reports: reliability analysis, the monthly report</source>
        <translation>есептер: сенімділікті талдау, ай сайынғы есеп</translation>
    </message>
    <message>
        <source>defects, first-pass acceptance and return rates, trend, Pareto</source>
        <translation>ақаулар, бірінші ұсынудан қабылдау үлесі және қайтару үлесі, серпін, Парето</translation>
    </message>
    <message>
        <source>first day of the period (YYYY-MM-DD)</source>
        <translation>кезеңнің бірінші күні (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>last day of the period (YYYY-MM-DD)</source>
        <translation>кезеңнің соңғы күні (ЖЖЖЖ-АА-КК)</translation>
    </message>
    <message>
        <source>only the items of this contract</source>
        <translation>тек осы шарттың позициялары</translation>
    </message>
    <message>
        <source>only this item (nomenclature code or name)</source>
        <translation>тек осы позиция (номенклатуралық коды немесе атауы)</translation>
    </message>
    <message>
        <source>count defects from this source only (repeatable)</source>
        <translation>ақауларды тек осы дереккөзден есептеу (қайталауға болады)</translation>
    </message>
    <message>
        <source>the monthly report to headquarters as PDF or XLSX</source>
        <translation>жоғары тұрған органға (штабқа) ай сайынғы есеп, PDF немесе XLSX ретінде</translation>
    </message>
    <message>
        <source>the month, e.g. 2026-11</source>
        <translation>ай, мысалы 2026-11</translation>
    </message>
    <message>
        <source>the file to write: .pdf or .xlsx</source>
        <translation>жазылатын файл: .pdf немесе .xlsx</translation>
    </message>
    <message>
        <source>language of the report (default: yours)</source>
        <translation>есептің тілі (әдепкі бойынша: сіздің тіліңіз)</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>«{text}» — күн емес: оны ЖЖЖЖ-АА-КК түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Кезеңнің аяқталу күні басталу күнінен ерте.</translation>
    </message>
    <message>
        <source>No presentation was decided and no defect recorded in the period: every figure is zero.</source>
        <translation>Кезеңде ұсынулар бойынша бірде-бір шешім қабылданбаған және бірде-бір ақау тіркелмеген: барлық көрсеткіштер нөлге тең.</translation>
    </message>
    <message>
        <source>Decided: {decided} (accepted {accepted}, returned {returned})</source>
        <translation>Шешілді: {decided} (қабылданды {accepted}, қайтарылды {returned})</translation>
    </message>
    <message>
        <source>First-pass acceptance rate: {rate} ({accepted} of {decided} first presentations)</source>
        <translation>Бірінші ұсынудан қабылдау үлесі: {rate} ({decided} бірінші ұсынудың {accepted})</translation>
    </message>
    <message>
        <source>Return rate: {rate}</source>
        <translation>Қайтару үлесі: {rate}</translation>
    </message>
    <message>
        <source>Defects: {total} ({sources})</source>
        <translation>Ақаулар: {total} ({sources})</translation>
    </message>
    <message>
        <source>Month     Decided  Returned  First pass  Defects</source>
        <translation>Ай        Шешілді   Қайтару  1-ші ұсыну  Ақаулар</translation>
    </message>
    <message>
        <source>Defect categories (Pareto):</source>
        <translation>Ақау санаттары (Парето):</translation>
    </message>
    <message>
        <source>No control-list item has the code or name &quot;{item}&quot;.</source>
        <translation>Тізбеде коды немесе атауы «{item}» болатын позиция жоқ.</translation>
    </message>
    <message>
        <source>Several items are called &quot;{item}&quot;: give the nomenclature code.</source>
        <translation>«{item}» деп аталатын позициялар бірнешеу: номенклатуралық кодын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Write the report to a .pdf or an .xlsx file (got &quot;{name}&quot;).</source>
        <translation>Есепті .pdf немесе .xlsx файлына жазыңыз (көрсетілгені: «{name}»).</translation>
    </message>
    <message>
        <source>{path} is not replaced: it does not open as a demo workstation with this password ({reason}). Delete it yourself if you really mean to.</source>
        <extracomment>the demo user who works at the second workstation (an account of the demo office)</extracomment>
        <translation>{path} ауыстырылмады: ол осы құпиясөзбен демонстрациялық жұмыс орны ретінде ашылмайды ({reason}). Шынымен қажет болса, оны өзіңіз жойыңыз.</translation>
    </message>
    <message>
        <source>{path} is a real workstation database, not a demo; it is not replaced.</source>
        <translation>{path} — демонстрациялық емес, нақты жұмыс орнының дерекқоры; ол ауыстырылмады.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Басып шығару тоқтатылды.</translation>
    </message>
    <message>
        <source>Defects by month and source</source>
        <translation>Айлар және дереккөздер бойынша ақаулар</translation>
    </message>
    <message>
        <source>No defect was recorded in the period.</source>
        <translation>Кезеңде ақау тіркелмеген.</translation>
    </message>
    <message>
        <source>Other ({count} categories)</source>
        <translation>Басқалары ({count} санат)</translation>
    </message>
    <message>
        <source>Pareto of defect categories</source>
        <translation>Ақау санаттарының Парето диаграммасы</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Жинақталған үлес</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мән</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>Позициялар бойынша</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Тоқтата тұру</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Серпін</translation>
    </message>
    <message>
        <source>First pass, %</source>
        <translation>Бірінші ұсынудан, %</translation>
    </message>
    <message>
        <source>Return rate, %</source>
        <translation>Қайтару үлесі, %</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>Парето</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>Үлесі, %</translation>
    </message>
    <message>
        <source>Cumulative, %</source>
        <translation>Жинақталған үлес, %</translation>
    </message>
    <message>
        <source>Notices of presentation</source>
        <translation>Ұсыну туралы хабарламалар</translation>
    </message>
    <message>
        <source>… first presentations</source>
        <translation>… бірінші ұсынулар</translation>
    </message>
    <message>
        <source>… repeat presentations after a return</source>
        <translation>… қайтарудан кейінгі қайта ұсынулар</translation>
    </message>
    <message>
        <source>Units presented</source>
        <translation>Ұсынылған бұйымдар</translation>
    </message>
    <message>
        <source>No lot was presented this month.</source>
        <translation>Осы айда бірде-бір партия ұсынылмаған.</translation>
    </message>
    <message>
        <source>Acceptances</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Acceptance records</source>
        <translation>Қабылдау актілері</translation>
    </message>
    <message>
        <source>… of which in part</source>
        <translation>… оның ішінде ішінара қабылдау</translation>
    </message>
    <message>
        <source>Accepted after the contract deadline</source>
        <translation>Шарттағы мерзімнен кейін қабылданды</translation>
    </message>
    <message>
        <source>No lot was accepted this month.</source>
        <translation>Осы айда бірде-бір партия қабылданбаған.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Қайтарулар</translation>
    </message>
    <message>
        <source>Return notices</source>
        <translation>Қайтару туралы хабарламалар</translation>
    </message>
    <message>
        <source>… at the first presentation</source>
        <translation>… бірінші ұсыну кезінде</translation>
    </message>
    <message>
        <source>No lot was returned this month.</source>
        <translation>Осы айда бірде-бір партия қайтарылмаған.</translation>
    </message>
    <message>
        <source>First-pass acceptance rate</source>
        <translation>Бірінші ұсынудан қабылдау үлесі</translation>
    </message>
    <message>
        <source>Defects: {source}</source>
        <translation>Ақаулар: {source}</translation>
    </message>
    <message>
        <source>Reliability (Article 27.4.5)</source>
        <translation>Сенімділік (27-баптың 4-тармағының 5-тармақшасы)</translation>
    </message>
    <message>
        <source>Suspensions of acceptance</source>
        <translation>Қабылдауды тоқтата тұру</translation>
    </message>
    <message>
        <source>Suspensions signed</source>
        <translation>Қол қойылған тоқтата тұрулар</translation>
    </message>
    <message>
        <source>Resumption decisions</source>
        <translation>Қайта бастау туралы шешімдер</translation>
    </message>
    <message>
        <source>In force at the end of the month</source>
        <translation>Ай соңында күшінде</translation>
    </message>
    <message>
        <source>Certificates confirming quality</source>
        <translation>Сапа туралы куәліктер</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Берілген куәліктер</translation>
    </message>
    <message>
        <source>Units certified</source>
        <translation>Куәліктерге енгізілген бұйымдар</translation>
    </message>
    <message>
        <source>Certificates revoked</source>
        <translation>Кері қайтарылған куәліктер</translation>
    </message>
    <message>
        <source>Superseded by a re-issue</source>
        <translation>Қайта ресімдеу кезінде ауыстырылғандар</translation>
    </message>
    <message>
        <source>lot {lot}, attempt {attempt}</source>
        <translation>{lot} партиясы, {attempt}-ұсыну</translation>
    </message>
    <message>
        <source>resumes suspension {number}</source>
        <translation>{number} тоқтата тұру бойынша қайта бастау</translation>
    </message>
    <message>
        <source>Reclamations registered</source>
        <translation>Тіркелген рекламациялар</translation>
    </message>
    <message>
        <source>Defective units reported</source>
        <translation>Хабарланған ақаулы бұйымдар</translation>
    </message>
    <message>
        <source>Findings of joint commissions</source>
        <translation>Бірлескен комиссиялардың қорытындылары</translation>
    </message>
    <message>
        <source>… of which the contractor at fault</source>
        <translation>… оның ішінде орындаушының кінәсінен</translation>
    </message>
    <message>
        <source>Whole-lot returns (Article 29.4)</source>
        <translation>Бүкіл партияны қайтару (29-баптың 4-тармағы)</translation>
    </message>
    <message>
        <source>Reclamations closed</source>
        <translation>Жабылған рекламациялар</translation>
    </message>
    <message>
        <source>Open at the end of the month</source>
        <translation>Ай соңында ашық</translation>
    </message>
    <message>
        <source>Reclamations</source>
        <translation>Рекламациялар</translation>
    </message>
    <message>
        <source>No reclamation was registered or open this month.</source>
        <translation>Осы айда рекламациялар тіркелмеген, ашық рекламациялар болмаған.</translation>
    </message>
    <message>
        <source>Material assets</source>
        <translation>Материалдық құндылықтар</translation>
    </message>
    <message>
        <source>Assets acquired (new in the register)</source>
        <translation>Түскен материалдық құндылықтар (тізілімде жаңа)</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Түсулер</translation>
    </message>
    <message>
        <source>Value received, tenge</source>
        <translation>Түскен құндылықтардың құны, теңге</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Орын ауыстырулар</translation>
    </message>
    <message>
        <source>Handed over to the recipient</source>
        <translation>Алушыға берілгені</translation>
    </message>
    <message>
        <source>Write-offs</source>
        <translation>Есептен шығарулар</translation>
    </message>
    <message>
        <source>Inventory counts reconciled</source>
        <translation>Салыстырылған түгендеулер</translation>
    </message>
    <message>
        <source>No asset was registered or moved this month.</source>
        <translation>Осы айда материалдық құндылықтар тіркелмеген, қозғалыстар болмаған.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a month: write it as year-month, e.g. 2026-11.</source>
        <translation>«{text}» ай емес: жыл мен айды көрсетіңіз, мысалы 2026-11.</translation>
    </message>
    <message>
        <source>That is not the id of a monthly report.</source>
        <translation>Бұл ай сайынғы есептің идентификаторы емес.</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Сынақтар</translation>
    </message>
    <message>
        <source>the subject matter of the contract</source>
        <translation>шарттың нысанасы</translation>
    </message>
    <message>
        <source>the contract validity period and (or) deadlines for separate phases of the contract</source>
        <translation>шарттың қолданылу мерзімі және (немесе) шарттың жекелеген кезеңдерінің мерзімдері</translation>
    </message>
    <message>
        <source>the contract value</source>
        <translation>шарттың бағасы</translation>
    </message>
    <message>
        <source>advance payment, if any</source>
        <translation>аванстық төлем (болған жағдайда)</translation>
    </message>
    <message>
        <source>quality control conditions</source>
        <translation>сапаны бақылау шарттары</translation>
    </message>
    <message>
        <source>acceptance conditions</source>
        <translation>қабылдау шарттары</translation>
    </message>
    <message>
        <source>place and dates of delivery (performance, rendering)</source>
        <translation>тауарларды жеткізудің (жұмыстарды орындаудың, қызметтерді көрсетудің) орны мен мерзімдері</translation>
    </message>
    <message>
        <source>the amount of a forfeit (fine, penalty)</source>
        <translation>тұрақсыздық айыбының (айыппұлдың, өсімпұлдың) мөлшері</translation>
    </message>
    <message>
        <source>the grounds for cancellation or termination of the contract</source>
        <translation>шартты бұзу немесе тоқтату негіздері</translation>
    </message>
    <message>
        <source>the liability of the parties</source>
        <translation>тараптардың жауапкершілігі</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Бар</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Қолданылмайды</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Тексерілмеген</translation>
    </message>
    <message>
        <source>The draft contract is agreed</source>
        <translation>Шарт жобасы келісілді</translation>
    </message>
    <message>
        <source>The draft contract is agreed subject to the remarks</source>
        <translation>Шарт жобасы ескертпелермен келісілді</translation>
    </message>
    <message>
        <source>The draft contract is not agreed: terms required by paragraph 4 of Article 22 of the Law are missing</source>
        <translation>Шарт жобасы келісілмеді: Заңның 22-бабының 4-тармағында талап етілетін талаптар жоқ</translation>
    </message>
    <message>
        <source>Article 29.7: the contractor is not at fault when the commission establishes that improper operation caused the failure. Untick either &quot;improper operation&quot; or &quot;contractor at fault&quot;.</source>
        <translation>29-баптың 7-тармағы: егер комиссия істен шығу дұрыс пайдаланбаудан болғанын анықтаса, орындаушы кінәлі емес. «Дұрыс пайдаланбау» немесе «орындаушы кінәлі» белгілерінің бірін алып тастаңыз.</translation>
    </message>
    <message>
        <source>Article 27.4.8: a failure caused by improper operation is not a defect of the goods, so goods in production cannot have the same defect.</source>
        <translation>27-баптың 4-тармағының 8-тармақшасы: дұрыс пайдаланбаудан болған істен шығу өнімнің ақауы болып табылмайды, сондықтан өндірістегі өнімде осындай ақау болуы мүмкін емес.</translation>
    </message>
    <message>
        <source>Article 29.4: &quot;all goods supplied have the same defect&quot; is a finding about a hidden defect; tick &quot;hidden defect&quot; too, or untick it.</source>
        <translation>29-баптың 4-тармағы: «жеткізілген барлық тауарларда осындай ақау бар» деген тұжырым жасырын ақауға қатысты; «жасырын ақау» белгісін де қойыңыз немесе бұл белгіні алып тастаңыз.</translation>
    </message>
    <message>
        <source>Article 29.7: improper operation caused the failure — the contractor is not at fault: no replacement and no penalties.</source>
        <translation>29-баптың 7-тармағы: істен шығу дұрыс пайдаланбаудан болды — орындаушы кінәлі емес: ауыстыру жүргізілмейді, тұрақсыздық айыбы есептелмейді.</translation>
    </message>
    <message>
        <source>The contractor is not found at fault: Articles 29.3–29.6 do not apply — no replacement at the contractor&apos;s expense and no penalties.</source>
        <translation>Орындаушының кінәсі анықталмады: 29-баптың 3–6-тармақтары қолданылмайды — орындаушының есебінен ауыстыру жүргізілмейді, тұрақсыздық айыбы есептелмейді.</translation>
    </message>
    <message>
        <source>Article 29.3: counterfeit, production by others and irreparable defects lead to a return only when the contractor is found at fault.</source>
        <translation>29-баптың 3-тармағы: контрафакт, басқа тұлғалардың дайындауы және жойылмайтын ақаулар орындаушының кінәсі анықталған жағдайда ғана қайтаруға әкеп соғады.</translation>
    </message>
    <message>
        <source>Articles 29.3–29.5 return or replace goods: for a work or service these findings lead to no return; the contractor redoes it.</source>
        <translation>29-баптың 3–5-тармақтары тауарларды қайтаруды немесе ауыстыруды көздейді: жұмыс немесе қызмет үшін мұндай тұжырымдар қайтаруға әкеп соқпайды; орындаушы оны қайта орындайды.</translation>
    </message>
    <message>
        <source>Article 29.6: the contractor is at fault — penalties run from the day it received the notification until the remedy is complete.</source>
        <translation>29-баптың 6-тармағы: орындаушы кінәлі — тұрақсыздық айыбы ол хабарламаны алған күннен бастап жою аяқталғанға дейін есептеледі.</translation>
    </message>
    <message>
        <source>Article 29.3.1: the goods or their parts are counterfeit — they may be returned to the contractor for full replacement.</source>
        <translation>29-баптың 3-тармағының 1-тармақшасы: тауарлар немесе олардың құрамдас бөліктері контрафактілі — оларды толық ауыстыру үшін орындаушыға қайтаруға болады.</translation>
    </message>
    <message>
        <source>Article 29.3.2: not produced by the contractor itself although that was required — the goods may be returned for full replacement.</source>
        <translation>29-баптың 3-тармағының 2-тармақшасы: талап етілгеніне қарамастан тауарларды орындаушының өзі дайындамаған — оларды толық ауыстыру үшін қайтаруға болады.</translation>
    </message>
    <message>
        <source>Article 29.3.2 applies only when the contract, the TTZ/TU, the design documentation or the selection from the register required production by the contractor itself: production by others is no ground for a return here.</source>
        <translation>29-баптың 3-тармағының 2-тармақшасы шарт, ТТТ/ТШ, конструкторлық құжаттама немесе тізілімнен таңдау орындаушының өзі дайындауын талап еткен жағдайда ғана қолданылады: бұл жағдайда басқа тұлғалардың дайындауы қайтаруға негіз болып табылмайды.</translation>
    </message>
    <message>
        <source>Article 29.3.3: the defect cannot be repaired — the goods may be returned for full replacement.</source>
        <translation>29-баптың 3-тармағының 3-тармақшасы: ақауды жою мүмкін емес — тауарларды толық ауыстыру үшін қайтаруға болады.</translation>
    </message>
    <message>
        <source>Article 29.4: an irreparable hidden defect, the contractor&apos;s fault, expected in all goods supplied under the contract — the whole lot shall be returned.</source>
        <translation>29-баптың 4-тармағы: орындаушының кінәсінен болған, шарт бойынша жеткізілген барлық тауарларда болуы болжанатын жойылмайтын жасырын ақау — бүкіл партия қайтарылуға тиіс.</translation>
    </message>
    <message>
        <source>Article 29.4 returns the whole lot only for a defect that cannot be repaired: this hidden defect is repairable, so each item is remedied.</source>
        <translation>29-баптың 4-тармағы бүкіл партияны тек жойылмайтын ақау болған кезде қайтаруды көздейді: бұл жасырын ақауды жоюға болады, сондықтан ол әрбір бұйымда жойылады.</translation>
    </message>
    <message>
        <source>Article 29.5: the contractor may instead withdraw and replace the goods on its own initiative; the replacement time counts in the penalties.</source>
        <translation>29-баптың 5-тармағы: орындаушы оның орнына өз бастамасы бойынша тауарларды алып қойып, ауыстыра алады; ауыстыру уақыты тұрақсыздық айыбын есептеу кезінде ескеріледі.</translation>
    </message>
    <message>
        <source>Article 27.4.9 does not list defects found in service as a ground to suspend a work or service.</source>
        <translation>27-баптың 4-тармағының 9-тармақшасында пайдалану кезінде анықталған ақаулар жұмысты немесе қызметті тоқтата тұруға негіз ретінде көзделмеген.</translation>
    </message>
    <message>
        <source>Article 27.4.8: the same defect is in goods in production — a ground to suspend their acceptance and shipment.</source>
        <translation>27-баптың 4-тармағының 8-тармақшасы: өндірістегі өнімде де осындай ақау бар — оны қабылдау мен жөнелтуді тоқтата тұруға негіз.</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Кезеңнің бірінші және соңғы күнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <source>Register {date}</source>
        <translation>{date} күнгі тізілім</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Алыну тәсілі</translation>
    </message>
    <message>
        <source>Acquisition date</source>
        <translation>Түскен күні</translation>
    </message>
    <message>
        <source>Movements {first}–{last}</source>
        <translation>Қозғалыстар {first}–{last}</translation>
    </message>
    <message>
        <source>Recipient or holder</source>
        <translation>Алушы немесе ұстаушы</translation>
    </message>
    <message>
        <source>New responsible</source>
        <translation>Жаңа жауапты тұлға</translation>
    </message>
    <message>
        <source>Document No.</source>
        <translation>Құжат №</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Құжат күні</translation>
    </message>
    <message>
        <source>Unknown export format &quot;{fmt}&quot;; choose one of: {formats}.</source>
        <translation>«{fmt}» шығару форматы белгісіз; мыналардың бірін таңдаңыз: {formats}.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Түсу</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Орын ауыстыру</translation>
    </message>
    <message>
        <source>Handover to the recipient</source>
        <translation>Алушыға беру</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Есептен шығару</translation>
    </message>
    <message>
        <source>Inventory count {number} of {location} on {date} already took the balance there; a movement dated {moved} (on or before it) is refused. Date it after the count.</source>
        <translation>{number} түгендеуі ({location}, {date}) осы жердегі қалдықты тіркеп қойған; {moved} күнгі қозғалыс (түгендеу күні немесе одан бұрын) қабылданбайды. Түгендеуден кейінгі күнді көрсетіңіз.</translation>
    </message>
    <message>
        <source>Choose the kind of movement.</source>
        <translation>Қозғалыс түрін таңдаңыз.</translation>
    </message>
    <message>
        <source>Enter the date of the movement.</source>
        <translation>Қозғалыс күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The movement date {date} is in the future.</source>
        <translation>Қозғалыс күні {date} әлі келген жоқ.</translation>
    </message>
    <message>
        <source>Asset {number} was acquired on {acquired}; a movement dated {date} is refused.</source>
        <translation>{number} материалдық құндылығы {acquired} түскен; {date} күнгі қозғалыс қабылданбайды.</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <source>Enter the date of the document.</source>
        <translation>Құжат күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The document is dated {doc}, after the movement ({date}).</source>
        <translation>Құжат {doc} күнімен жасалған, яғни қозғалыстан ({date}) кейін.</translation>
    </message>
    <message>
        <source>Asset {number} has left the register ({status}); register what was received as a new asset.</source>
        <translation>{number} материалдық құндылығы тізілімнен шығып қалған ({status}); түскенді жаңа материалдық құндылық ретінде тіркеңіз.</translation>
    </message>
    <message>
        <source>Enter where the asset is transferred to.</source>
        <translation>Материалдық құндылықтың қайда ауыстырылатынын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The asset is already kept at {place}; choose another destination.</source>
        <translation>Материалдық құндылық қазірдің өзінде {place} орнында сақтаулы; басқа баратын орынды таңдаңыз.</translation>
    </message>
    <message>
        <source>Enter the recipient the asset is handed to.</source>
        <translation>Материалдық құндылық берілетін алушыны көрсетіңіз.</translation>
    </message>
    <message>
        <source>A write-off needs its grounds (the act, the reason).</source>
        <translation>Есептен шығару үшін негіздеме қажет (акт, себеп).</translation>
    </message>
    <message>
        <source>Asset {number} ({name}): the balance at {place} on {date} is {balance} {unit}; a {kind} of {quantity} {unit} is refused.</source>
        <translation>{number} материалдық құндылығы ({name}): {date} күнгі {place} орнындағы қалдық — {balance} {unit}; {quantity} {unit} көлеміндегі «{kind}» операциясы қабылданбайды.</translation>
    </message>
    <message>
        <source>Asset {number} ({name}): later movements leave {balance} {unit} at {place} on {later}; a {kind} of {quantity} {unit} dated {date} is refused.</source>
        <translation>{number} материалдық құндылығы ({name}): кейінгі қозғалыстар ескерілгенде {later} күні {place} орнында {balance} {unit} қалады; {date} күнгі {quantity} {unit} көлеміндегі «{kind}» операциясы қабылданбайды.</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Жабдық</translation>
    </message>
    <message>
        <source>Tooling</source>
        <translation>Жарақ</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалдар</translation>
    </message>
    <message>
        <source>Prototypes</source>
        <translation>Тәжірибелік үлгілер</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Құжаттама</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Жасалған</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Сатып алынған</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Пайдаланылуда</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Орны ауыстырылған</translation>
    </message>
    <message>
        <source>Handed to the recipient</source>
        <translation>Алушыға берілген</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Есептен шығарылған</translation>
    </message>
    <message>
        <source>The acquisition date {date} is in the future.</source>
        <translation>Түсу күні {date} әлі келген жоқ.</translation>
    </message>
    <message>
        <source>The location changes only by a transfer movement.</source>
        <translation>Орналасқан жері тек «орын ауыстыру» қозғалысымен өзгереді.</translation>
    </message>
    <message>
        <source>The acquisition document is that of the first receipt, which is never changed.</source>
        <translation>Түсу құжаты — бірінші түсудің құжаты, ол ешқашан өзгертілмейді.</translation>
    </message>
    <message>
        <source>No asset has inventory number {number}.</source>
        <translation>Түгендеу нөмірі {number} болатын материалдық құндылық жоқ.</translation>
    </message>
    <message>
        <source>The asset no longer exists in the register.</source>
        <translation>Материалдық құндылық тізілімде енді жоқ.</translation>
    </message>
    <message>
        <source>Inventory number</source>
        <translation>Түгендеу нөмірі</translation>
    </message>
    <message>
        <source>The inventory number is longer than 64 characters.</source>
        <translation>Түгендеу нөмірі 64 таңбадан ұзын.</translation>
    </message>
    <message>
        <source>Choose the category of the asset.</source>
        <translation>Материалдық құндылықтың санатын таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose whether the asset was created or purchased.</source>
        <translation>Материалдық құндылықтың жасалғанын немесе сатып алынғанын таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the contract the asset was created or purchased under.</source>
        <translation>Материалдық құндылық жасалған немесе сатып алынған шартты таңдаңыз.</translation>
    </message>
    <message>
        <source>The unit is longer than 16 characters.</source>
        <translation>Өлшем бірлігі 16 таңбадан ұзын.</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Бірлік бағасы</translation>
    </message>
    <message>
        <source>Acquisition document</source>
        <translation>Түсу құжаты</translation>
    </message>
    <message>
        <source>Enter the date of the acquisition document.</source>
        <translation>Түсу құжатының күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>Inventory number {number} is already in the register: {name}.</source>
        <translation>{number} түгендеу нөмірі тізілімде бар: {name}.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): there is nothing to verify. Scan or save the certificate again.</source>
        <translation>{path} файлы бос (0 байт): тексеретін ештеңе жоқ. Куәлікті қайта сканерлеңіз немесе сақтаңыз.</translation>
    </message>
    <message>
        <source>A trust list is needed to verify a seal: add the issuing office&apos;s trust list file (the office exports it with `milrep keys export-trust`).</source>
        <translation>Мөрді тексеру үшін сенім тізімі қажет: куәлікті берген әскери өкілдіктің сенім тізімі файлын қосыңыз (әскери өкілдік оны `milrep keys export-trust` командасымен шығарады).</translation>
    </message>
    <message>
        <source>Only the head of office settles a business conflict; nothing was changed.</source>
        <extracomment>what a settled conflict changes for the views (its table is not a synced one)</extracomment>
        <translation>Іскерлік қақтығысты тек әскери өкілдіктің бастығы реттейді; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Contract {number} is no longer a draft: the office reviews draft contracts (subparagraph 1) of paragraph 3 of Article 27).</source>
        <translation>{number} шарты енді жоба емес: әскери өкілдік шарттардың жобаларын қарайды (27-баптың 3-тармағының 1) тармақшасы).</translation>
    </message>
    <message>
        <source>The draft of contract {number} is already under review.</source>
        <translation>{number} шартының жобасы қаралуда.</translation>
    </message>
    <message>
        <source>Article 22.4 has no term &quot;{term}&quot;.</source>
        <translation>22-баптың 4-тармағында «{term}» талабы жоқ.</translation>
    </message>
    <message>
        <source>Choose present, missing or not applicable.</source>
        <translation>«Бар», «жоқ» немесе «қолданылмайды» мәнін таңдаңыз.</translation>
    </message>
    <message>
        <source>Article 22.4 requires {term} in every contract: it cannot be not applicable.</source>
        <translation>22-баптың 4-тармағы әрбір шартта «{term}» талабының болуын талап етеді: оны «қолданылмайды» деп белгілеуге болмайды.</translation>
    </message>
    <message>
        <source>Give the clause of the draft that states {term}.</source>
        <translation>Жобаның «{term}» талабы көрсетілген тармағын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Say what the draft lacks about {term}.</source>
        <translation>Жобада «{term}» талабы бойынша не жетіспейтінін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Check every term first; not checked: {terms}.</source>
        <translation>Алдымен барлық талапты тексеріңіз; тексерілмегендері: {terms}.</translation>
    </message>
    <message>
        <source>The conclusion cannot predate the review.</source>
        <translation>Қорытынды қарау басталған күннен ерте күнмен белгіленбеуі тиіс.</translation>
    </message>
    <message>
        <source>The contract review no longer exists.</source>
        <translation>Шарт жобасын қарау енді жоқ.</translation>
    </message>
    <message>
        <source>The review is concluded: its conclusion is issued and signed.</source>
        <translation>Қарау аяқталды: қорытынды берілді және оған қол қойылды.</translation>
    </message>
    <message>
        <source>Purchased components</source>
        <translation>Сатып алынатын жинақтаушы бұйымдар</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Еңбекақы</translation>
    </message>
    <message>
        <source>Social charges</source>
        <translation>Әлеуметтік аударымдар</translation>
    </message>
    <message>
        <source>Overheads</source>
        <translation>Үстеме шығыстар</translation>
    </message>
    <message>
        <source>Special equipment</source>
        <translation>Арнайы жабдық</translation>
    </message>
    <message>
        <source>Subcontracted works</source>
        <translation>Бірлесіп орындаушылардың жұмыстары</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>Өзге шығындар</translation>
    </message>
    <message>
        <source>What is verified</source>
        <translation>Тексеру нысаны</translation>
    </message>
    <message>
        <source>Add the cost items the contractor claims first.</source>
        <translation>Алдымен орындаушы мәлімдеген шығын баптарын қосыңыз.</translation>
    </message>
    <message>
        <source>Every claimed amount must be verified or disputed; still to verify: {items}.</source>
        <translation>Мәлімделген әрбір сома расталуға немесе дауланылуға тиіс; әлі тексерілмегендері: {items}.</translation>
    </message>
    <message>
        <source>The conclusion cannot predate the verification.</source>
        <translation>Қорытынды тексеру басталған күннен ерте күнмен белгіленбеуі тиіс.</translation>
    </message>
    <message>
        <source>The cost verification no longer exists.</source>
        <translation>Шығындарды тексеру енді жоқ.</translation>
    </message>
    <message>
        <source>Claimed amount</source>
        <translation>Мәлімделген сома</translation>
    </message>
    <message>
        <source>Verified amount</source>
        <translation>Расталған сома</translation>
    </message>
    <message>
        <source>Disputed amount</source>
        <translation>Дауланған сома</translation>
    </message>
    <message>
        <source>Verified and disputed amounts together ({sum}) cannot exceed the claimed amount ({claimed}).</source>
        <translation>Расталған және дауланған сомалардың жиыны ({sum}) мәлімделген сомадан ({claimed}) аспауы тиіс.</translation>
    </message>
    <message>
        <source>Say why the amount is disputed.</source>
        <translation>Сомаға дау айту себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The cost item no longer exists.</source>
        <translation>Шығын бабы енді жоқ.</translation>
    </message>
    <message>
        <source>The cost verification is concluded: its conclusion is issued and signed.</source>
        <translation>Шығындарды тексеру аяқталды: қорытынды берілді және оған қол қойылды.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Салыстырылған</translation>
    </message>
    <message>
        <source>Enter the date of the count.</source>
        <translation>Түгендеу күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The count date {date} is in the future.</source>
        <translation>Түгендеу күні {date} әлі келген жоқ.</translation>
    </message>
    <message>
        <source>Count {number} of {location} is still open; reconcile or discard it before starting another.</source>
        <translation>{number} түгендеуі ({location}) әлі ашық; жаңасын бастамас бұрын оны салыстырыңыз немесе болдырмаңыз.</translation>
    </message>
    <message>
        <source>Count {number} of {location} on {date} is already reconciled; a new count must be dated after it.</source>
        <translation>{number} түгендеуі ({location}, {date}) салыстырылып қойған; жаңа түгендеу одан кейінгі күнге жүргізілуге тиіс.</translation>
    </message>
    <message>
        <source>No asset is kept at {location} on {date}; there is nothing to count.</source>
        <translation>{date} күні {location} орнында материалдық құндылықтар сақталмайды; түгендейтін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>That line is not on count sheet {number}.</source>
        <translation>Бұл жол {number} түгендеу тізімдемесінде жоқ.</translation>
    </message>
    <message>
        <source>Counted quantity of {number}</source>
        <translation>{number} нақты саны</translation>
    </message>
    <message>
        <source>Count {number}: {n} line(s) are not counted yet ({first}); enter every counted quantity before reconciling.</source>
        <translation>{number} түгендеуі: саналмаған жолдар — {n} ({first}); салыстыру алдында барлық нақты санды енгізіңіз.</translation>
    </message>
    <message>
        <source>Count {number} is reconciled and signed; it cannot be changed.</source>
        <translation>{number} түгендеуі салыстырылып, оған қол қойылды; оны өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Хабарлама алынды</translation>
    </message>
    <message>
        <source>Findings recorded</source>
        <translation>Қорытынды тіркелді</translation>
    </message>
    <message>
        <source>Remedy in progress</source>
        <translation>Жою жүргізілуде</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабық</translation>
    </message>
    <message>
        <source>Repair by the contractor</source>
        <translation>Орындаушының жөндеуі</translation>
    </message>
    <message>
        <source>Replacement by the contractor (29.5)</source>
        <translation>Орындаушының ауыстыруы (29.5)</translation>
    </message>
    <message>
        <source>Return for full replacement (29.3)</source>
        <translation>Толық ауыстыру үшін қайтару (29.3)</translation>
    </message>
    <message>
        <source>Return of the whole lot (29.4)</source>
        <translation>Бүкіл партияны қайтару (29.4)</translation>
    </message>
    <message>
        <source>Military representative office</source>
        <translation>Әскери өкілдік</translation>
    </message>
    <message>
        <source>from the certificate confirming quality</source>
        <translation>сапа туралы куәлік бойынша</translation>
    </message>
    <message>
        <source>from the acceptance of the lot</source>
        <translation>партияны қабылдау бойынша</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>қолмен енгізілген</translation>
    </message>
    <message>
        <source>Contractor at fault</source>
        <translation>Орындаушы кінәлі</translation>
    </message>
    <message>
        <source>Improper operation caused the failure (29.7)</source>
        <translation>Істен шығу дұрыс пайдаланбаудан болды (29.7)</translation>
    </message>
    <message>
        <source>Goods or parts counterfeit (29.3.1)</source>
        <translation>Тауарлар немесе олардың бөліктері контрафактілі (29.3.1)</translation>
    </message>
    <message>
        <source>Not produced by the contractor itself (29.3.2)</source>
        <translation>Орындаушының өзі дайындамаған (29.3.2)</translation>
    </message>
    <message>
        <source>Own production was required by the contract, TTZ/TU, documentation or register (29.3.2)</source>
        <translation>Орындаушының өзі дайындауы шартта, ТТТ/ТШ-да, құжаттамада немесе тізілімде талап етілген (29.3.2)</translation>
    </message>
    <message>
        <source>Defect cannot be repaired (29.3.3)</source>
        <translation>Ақауды жою мүмкін емес (29.3.3)</translation>
    </message>
    <message>
        <source>Hidden defect, found only at a factory (29.4)</source>
        <translation>Тек зауыт жағдайында анықталатын жасырын ақау (29.4)</translation>
    </message>
    <message>
        <source>Grounds to believe all goods supplied have it (29.4)</source>
        <translation>Жеткізілген барлық тауарларда осындай ақау бар деп санауға негіз бар (29.4)</translation>
    </message>
    <message>
        <source>Same defect in goods in production (27.4.8)</source>
        <translation>Өндірістегі өнімде де осындай ақау (27.4.8)</translation>
    </message>
    <message>
        <source>Penalty days</source>
        <translation>Тұрақсыздық айыбы күндері</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Reclamation {number}: the defect found in service (&quot;{defect}&quot;) is also in goods in production, per the joint commission&apos;s findings of {date}. Acceptance and shipment of &quot;{item}&quot; are suspended until the cause is removed (Article 27.4.8).</source>
        <translation>{number} рекламация: бірлескен комиссияның {date} қорытындысына сәйкес пайдалану кезінде анықталған ақау («{defect}») өндірістегі өнімде де бар. «{item}» өнімін қабылдау мен жөнелту себебі жойылғанға дейін тоқтатыла тұрады (27-баптың 4-тармағының 8-тармақшасы).</translation>
    </message>
    <message>
        <source>A suspension for this reclamation names the ground &quot;defects found in service&quot; and the item &quot;{item}&quot;.</source>
        <translation>Осы рекламация бойынша тоқтата тұруда «пайдалану кезінде анықталған ақаулар» негіздемесі және «{item}» позициясы көрсетіледі.</translation>
    </message>
    <message>
        <source>Reclamation {number} is already linked to a suspension.</source>
        <translation>{number} рекламация тоқтата тұрумен байланыстырылып қойған.</translation>
    </message>
    <message>
        <source>Link a suspension in force of the same item on the ground &quot;defects found in service&quot;.</source>
        <translation>Сол позиция бойынша «пайдалану кезінде анықталған ақаулар» негіздемесімен күшіндегі тоқтата тұруды байланыстырыңыз.</translation>
    </message>
    <message>
        <source>Reclamation {number}: record the commission&apos;s findings first; they say whether goods in production have the same defect.</source>
        <translation>{number} рекламация: алдымен комиссияның қорытындысын тіркеңіз — онда өндірістегі өнімде осындай ақаудың бар-жоғы көрсетіледі.</translation>
    </message>
    <message>
        <source>Reclamation {number} is closed.</source>
        <translation>{number} рекламация жабылған.</translation>
    </message>
    <message>
        <source>Reclamation {number}: the findings do not say that goods in production have the same defect, so Article 27.4.8 gives no ground to suspend.</source>
        <translation>{number} рекламация: қорытындыда өндірістегі өнімде осындай ақау бар деп көрсетілмеген, сондықтан 27-баптың 4-тармағының 8-тармақшасы тоқтата тұруға негіз бермейді.</translation>
    </message>
    <message>
        <source>Suspension {suspension} of &quot;{item}&quot; for defects found in service is already in force: link it to the reclamation instead.</source>
        <translation>Пайдалану кезінде анықталған ақауларға байланысты «{item}» бойынша {suspension} тоқтата тұру күшінде: оның орнына оны рекламациямен байланыстырыңыз.</translation>
    </message>
    <message>
        <source>There is no reclamation {number}.</source>
        <translation>{number} рекламация жоқ.</translation>
    </message>
    <message>
        <source>Choose the recipient who reported the defect.</source>
        <translation>Ақау туралы хабарлаған алушыны таңдаңыз.</translation>
    </message>
    <message>
        <source>The contractor cannot report a reclamation against itself: choose the recipient (military unit or organization).</source>
        <translation>Орындаушы өзіне қарсы рекламация мәлімдей алмайды: алушыны (әскери бөлімді немесе ұйымды) таңдаңыз.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>Саны кемінде 1 болуға тиіс.</translation>
    </message>
    <message>
        <source>{count} serial numbers are listed but the quantity is {quantity}.</source>
        <translation>Көрсетілген зауыттық нөмірлер: {count}, ал саны — {quantity}.</translation>
    </message>
    <message>
        <source>The characteristic is not one of &quot;{item}&quot;.</source>
        <translation>Сипаттама «{item}» позициясына жатпайды.</translation>
    </message>
    <message>
        <source>The notification date cannot be in the future.</source>
        <translation>Хабарлама күні болашақта болуы мүмкін емес.</translation>
    </message>
    <message>
        <source>Notification received on</source>
        <translation>Хабарламаның алынған күні</translation>
    </message>
    <message>
        <source>Enter the warranty period in months (1 to {max}) from the contract.</source>
        <translation>Шарт бойынша кепілдік мерзімін айлармен енгізіңіз (1 – {max}).</translation>
    </message>
    <message>
        <source>No certificate or acceptance of these goods is recorded here: enter the date the warranty period started.</source>
        <translation>Бұл өнімнің сапа туралы куәлігі немесе қабылдануы мұнда тіркелмеген: кепілдік мерзімінің басталу күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>Article 29.1 covers defects found within the warranty period: the defect was found on {found}, the warranty of {months} months ran from {start} to {end}.</source>
        <translation>29-баптың 1-тармағы кепілдік мерзімі ішінде анықталған ақауларға қолданылады: ақау {found} анықталды, кепілдік мерзімі ({months} ай) {start} бастап {end} дейін болды.</translation>
    </message>
    <message>
        <source>form the commission</source>
        <translation>комиссияны құру</translation>
    </message>
    <message>
        <source>The commission cannot be formed on a future date.</source>
        <translation>Комиссияны болашақ күнмен құру мүмкін емес.</translation>
    </message>
    <message>
        <source>Commission formed on</source>
        <translation>Комиссияның құрылған күні</translation>
    </message>
    <message>
        <source>Every member needs a name.</source>
        <translation>Комиссияның әрбір мүшесінің атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Article 29.2: the joint commission includes representatives of the recipient, the contractor and the military representative office; missing: {missing}.</source>
        <translation>29-баптың 2-тармағы: бірлескен комиссияның құрамына алушының, орындаушының және әскери өкілдіктің өкілдері кіреді; жетіспейді: {missing}.</translation>
    </message>
    <message>
        <source>Reclamation {number}: form the joint commission before recording its findings (Article 29.2).</source>
        <translation>{number} рекламация: қорытындыны тіркемес бұрын бірлескен комиссияны құрыңыз (29-баптың 2-тармағы).</translation>
    </message>
    <message>
        <source>record findings</source>
        <translation>қорытындыны тіркеу</translation>
    </message>
    <message>
        <source>The findings cannot be dated in the future.</source>
        <translation>Қорытынды болашақ күнмен белгіленбеуі тиіс.</translation>
    </message>
    <message>
        <source>Reclamation {number}: the commission&apos;s findings decide the remedy; record them first.</source>
        <translation>{number} рекламация: жою тәсілін комиссияның қорытындысы айқындайды; алдымен оны тіркеңіз.</translation>
    </message>
    <message>
        <source>record the remedy</source>
        <translation>жою тәсілін тіркеу</translation>
    </message>
    <message>
        <source>Reclamation {number}: the contractor is not at fault, so there is no remedy at its expense ({clauses}); close the reclamation.</source>
        <translation>{number} рекламация: орындаушы кінәлі емес, сондықтан оның есебінен жою жүргізілмейді ({clauses}); рекламацияны жабыңыз.</translation>
    </message>
    <message>
        <source>The findings allow only: {allowed}.</source>
        <translation>Қорытынды бойынша тек мыналарға рұқсат етіледі: {allowed}.</translation>
    </message>
    <message>
        <source>Remedy started on</source>
        <translation>Жоюдың басталған күні</translation>
    </message>
    <message>
        <source>The remedy cannot start in the future.</source>
        <translation>Жоюдың басталған күні болашақта болуы мүмкін емес.</translation>
    </message>
    <message>
        <source>Remedy completed on</source>
        <translation>Жоюдың аяқталған күні</translation>
    </message>
    <message>
        <source>The remedy cannot be completed in the future.</source>
        <translation>Жоюдың аяқталған күні болашақта болуы мүмкін емес.</translation>
    </message>
    <message>
        <source>The term is a number of days from 1 to 3650.</source>
        <translation>Мерзім күнмен көрсетіледі: 1-ден 3650-ге дейін.</translation>
    </message>
    <message>
        <source>Reclamation {number} cannot be closed without the joint commission&apos;s findings.</source>
        <translation>{number} рекламацияны бірлескен комиссияның қорытындысынсыз жабу мүмкін емес.</translation>
    </message>
    <message>
        <source>close it</source>
        <translation>оны жабу</translation>
    </message>
    <message>
        <source>Reclamation {number} cannot be closed until the contractor&apos;s remedy is complete (Article 29.6: penalties run until then).</source>
        <translation>{number} рекламацияны орындаушы жоюды аяқтағанға дейін жабу мүмкін емес (29-баптың 6-тармағы: оған дейін тұрақсыздық айыбы есептеледі).</translation>
    </message>
    <message>
        <source>Reclamation {number}: the same defect is in goods in production; sign the proposed suspension (Article 27.4.8) before closing.</source>
        <translation>{number} рекламация: өндірістегі өнімде де осындай ақау бар; жабу алдында ұсынылған тоқтата тұруға қол қойыңыз (27-баптың 4-тармағының 8-тармақшасы).</translation>
    </message>
    <message>
        <source>The closing date cannot be in the future.</source>
        <translation>Жабу күні болашақта болуы мүмкін емес.</translation>
    </message>
    <message>
        <source>Reclamation {number} ({status}): you cannot {what} now.</source>
        <translation>{number} рекламация ({status}): қазір {what} мүмкін емес.</translation>
    </message>
    <message>
        <source>The lot is not a lot of &quot;{item}&quot;.</source>
        <translation>Партия «{item}» позициясына жатпайды.</translation>
    </message>
    <message>
        <source>Lot {lot} has no serial numbers {serials}.</source>
        <translation>{lot} партиясында {serials} зауыттық нөмірлері жоқ.</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Жеткілікті</translation>
    </message>
    <message>
        <source>Partly adequate</source>
        <translation>Ішінара жеткілікті</translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation>Жеткіліксіз</translation>
    </message>
    <message>
        <source>Contract {number} has no classification marking: there are no state secrets to protect under it. Enter its marking on the contract first.</source>
        <translation>{number} шартында құпиялылық белгісі жоқ: ол бойынша қорғалуға тиіс мемлекеттік құпиялар жоқ. Алдымен шартта оның құпиялылық белгісін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The protection measure no longer exists.</source>
        <translation>Қорғау шарасы енді жоқ.</translation>
    </message>
    <message>
        <source>The next check must come after the evaluation.</source>
        <translation>Келесі тексеру бағалаудан кейінгі күнге белгіленуге тиіс.</translation>
    </message>
    <message>
        <source>Say what is lacking in the measure.</source>
        <translation>Қорғау шарасында не жетіспейтінін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Set the date of the next check of a measure found lacking.</source>
        <translation>Жеткіліксіз деп танылған қорғау шарасын келесі тексеру күнін белгілеңіз.</translation>
    </message>
    <message>
        <source>Design documentation</source>
        <translation>Конструкторлық құжаттама</translation>
    </message>
    <message>
        <source>Technical conditions (specification)</source>
        <translation>Техникалық шарттар (спецификация)</translation>
    </message>
    <message>
        <source>Military operational requirement</source>
        <translation>Тактикалық-техникалық тапсырма</translation>
    </message>
    <message>
        <source>National standard</source>
        <translation>Ұлттық стандарт</translation>
    </message>
    <message>
        <source>Test programme and methods</source>
        <translation>Сынақ бағдарламасы мен әдістемелері</translation>
    </message>
    <message>
        <source>Operating and repair documentation</source>
        <translation>Пайдалану және жөндеу құжаттамасы</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Өзге құжат</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Қолданыстағы</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>{document} already has revision {revision}.</source>
        <translation>{document} құжатында {revision} редакциясы бар.</translation>
    </message>
    <message>
        <source>Revision {revision} cannot predate the current revision {current} of {date}.</source>
        <translation>{revision} редакциясы {date} күнгі қолданыстағы {current} редакциясынан ерте болмауы тиіс.</translation>
    </message>
    <message>
        <source>Say why the revision is cancelled.</source>
        <translation>Редакцияның күшін жою себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Revision {revision} of {document} is {status}: reference the current revision.</source>
        <translation>{document} құжатының {revision} редакциясы «{status}» күйінде: қолданыстағы редакцияға сілтеме жасаңыз.</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <source>{designation} is already in the register.</source>
        <translation>{designation} тізілімде бар.</translation>
    </message>
    <message>
        <source>The document is no longer in the register.</source>
        <translation>Құжат тізілімде енді жоқ.</translation>
    </message>
    <message>
        <source>The revision no longer exists.</source>
        <translation>Редакция енді жоқ.</translation>
    </message>
    <message>
        <source>This database was not set up to join an office (it is an office&apos;s own, or it has joined already). A join request is written by a new workstation.</source>
        <translation>Бұл дерекқор әскери өкілдікке қосылу үшін дайындалмаған (бұл әскери өкілдіктің өз дерекқоры немесе қосылу орындалып қойған). Қосылу сұрауын жаңа жұмыс орны жасайды.</translation>
    </message>
    <message>
        <source>This join request was made for another office&apos;s deployment. Nothing was changed.</source>
        <translation>Бұл қосылу сұрауы басқа әскери өкілдіктің өрістетімі үшін жасалған. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The new workstation trusts another office root key than this office&apos;s: it was set up from another keyring file. Nothing was changed; set it up again from this office&apos;s keyring.</source>
        <translation>Жаңа жұмыс орны осы әскери өкілдіктің емес, басқа әскери өкілдіктің түбір кілтіне сенеді: ол басқа кілттер жиыны файлынан бапталған. Ештеңе өзгертілмеді; оны осы әскери өкілдіктің кілттер жиынынан қайта баптаңыз.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This workstation is already part of the office (the request was endorsed before).</source>
        <translation>Бұл жұмыс орны әскери өкілдікке қосылып қойған (сұрау бұрын бекітілген).</translation>
    </message>
    <message>
        <source>The office already has a workstation with the code {code}; the new one must choose another.</source>
        <translation>Әскери өкілдікте {code} кодты жұмыс орны бар; жаңа жұмыс орны үшін басқа код таңдау қажет.</translation>
    </message>
    <message>
        <source>The request&apos;s keys are already in the office keyring under another workstation.</source>
        <translation>Сұраудағы кілттер әскери өкілдіктің кілттер жиынына басқа жұмыс орны үшін енгізілген.</translation>
    </message>
    <message>
        <source>The request names a person already known under another user name.</source>
        <translation>Сұрауда басқа пайдаланушы атымен белгілі тұлға көрсетілген.</translation>
    </message>
    <message>
        <source>The account {user} is disabled; enable it or choose another user name on the new workstation. Nothing was changed.</source>
        <translation>{user} есептік жазбасы өшірілген; оны қосыңыз немесе жаңа жұмыс орнында басқа пайдаланушы атын таңдаңыз. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The join request&apos;s signature does not match its content: it was changed after the workstation wrote it, or damaged. Nothing was changed; ask for the request again.</source>
        <translation>Қосылу сұрауының қолтаңбасы оның мазмұнына сәйкес келмейді: ол жұмыс орны жасағаннан кейін өзгертілген немесе бүлінген. Ештеңе өзгертілмеді; сұрауды қайта сұратыңыз.</translation>
    </message>
    <message>
        <source>The file is not a milrep join request, or it is damaged. Nothing was changed; ask the new workstation to write its request again.</source>
        <translation>Файл milrep қосылу сұрауы емес немесе бүлінген. Ештеңе өзгертілмеді; жаңа жұмыс орнынан сұрауды қайта жасауды сұраңыз.</translation>
    </message>
    <message>
        <source>Workstation {site} has no key in force in the office keyring.</source>
        <translation>{site} жұмыс орнының әскери өкілдіктің кілттер жиынында күшіндегі кілті жоқ.</translation>
    </message>
    <message>
        <source>This workstation&apos;s own key is not revoked here; rotate the office root key or set up the workstation again.</source>
        <translation>Бұл жұмыс орнының өз кілті мұнда кері қайтарылмайды; әскери өкілдіктің түбір кілтін ауыстырыңыз немесе жұмыс орнын қайта баптаңыз.</translation>
    </message>
    <message>
        <source>A bundle number is 0 or more.</source>
        <translation>Алмасу пакетінің нөмірі 0-ден кем болмауы тиіс.</translation>
    </message>
    <message>
        <source>Bundle {n} of workstation {site} has not been received here, so the last change it validly carried is not known. Import it first, or name the last bundle received from it.</source>
        <translation>{site} жұмыс орнының {n} алмасу пакеті мұнда алынбаған, сондықтан ол арқылы заңды түрде берілген соңғы өзгеріс белгісіз. Алдымен оны жүктеңіз немесе сол жұмыс орнынан алынған соңғы пакетті көрсетіңіз.</translation>
    </message>
    <message>
        <source>Export cancelled: no bundle was written and its number was not used.</source>
        <extracomment>the export&apos;s steps: collected, packed and signed, encrypted, committed, checked on the medium an import reports every this many changes applied</extracomment>
        <translation>Шығару болдырылмады: алмасу пакеті жазылмады және оның нөмірі пайдаланылмады.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing of the bundle was applied.</source>
        <translation>Жүктеу болдырылмады: алмасу пакетінен ештеңе қолданылмады.</translation>
    </message>
    <message>
        <source>kept the current value</source>
        <translation>ағымдағы мән қалдырылды</translation>
    </message>
    <message>
        <source>took the other value</source>
        <translation>басқа мән қабылданды</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>қаралды</translation>
    </message>
    <message>
        <source>Contract amendment</source>
        <translation>Шартқа қосымша келісім</translation>
    </message>
    <message>
        <source>Contract stage</source>
        <translation>Шарт кезеңі</translation>
    </message>
    <message>
        <source>Control list item</source>
        <translation>Тізбе позициясы</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <source>Acceptance record</source>
        <translation>Қабылдау актісі</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Куәлік</translation>
    </message>
    <message>
        <source>Certified goods</source>
        <translation>Куәлік бойынша өнім</translation>
    </message>
    <message>
        <source>Resumption</source>
        <translation>Қайта бастау</translation>
    </message>
    <message>
        <source>Measuring instrument</source>
        <translation>Өлшеу құралы</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Ұсыну</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>{what} {id} (deleted or not received)</source>
        <translation>{what} {id} (жойылған немесе алынбаған)</translation>
    </message>
    <message>
        <source>(lot {number})</source>
        <translation>({number} партиясы)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>Conflict {id} does not exist on this workstation (it may have been settled on another workstation and dropped here by an import).</source>
        <translation>{id} қақтығысы бұл жұмыс орнында жоқ (ол басқа жұмыс орнында реттеліп, мұнда жүктеу кезінде жойылған болуы мүмкін).</translation>
    </message>
    <message>
        <source>Two workstations changed “{column}” of {record} without knowing of each other. The later change is stored; the other value is kept here for you to review.</source>
        <translation>Екі жұмыс орны бір-бірінен бейхабар {record} жазбасының «{column}» өрісін өзгертті. Кейінгі өзгеріс сақталды; екінші мән қарау үшін осында сақталды.</translation>
    </message>
    <message>
        <source>{record} was made on a workstation that did not yet know of {other}, which covers it and was recorded earlier. Both documents are kept; the head of office decides what to do (for example, revoke or resume).</source>
        <translation>{record}: құжат өзіне қатысты бұрын тіркелген құжат әлі белгісіз болған жұмыс орнында ресімделген — {other}. Екі құжат та сақталды; шешімді әскери өкілдіктің бастығы қабылдайды (мысалы, кері қайтару немесе қайта бастау).</translation>
    </message>
    <message>
        <source>a suspension</source>
        <translation>тоқтата тұру</translation>
    </message>
    <message>
        <source>Valid certificates issued on different workstations cover more units of {record} than were accepted (Article 27.5). The head of office revokes the certificate issued in excess.</source>
        <translation>Әртүрлі жұмыс орындарында берілген қолданыстағы куәліктер қабылданғаннан көп бұйымды қамтиды ({record}; 27-баптың 5-тармағы). Әскери өкілдіктің бастығы артық берілген куәлікті кері қайтарып алады.</translation>
    </message>
    <message>
        <source>{place}: {balance} {unit} on {date}</source>
        <translation>{place}: {date} күні {balance} {unit}</translation>
    </message>
    <message>
        <source>Movements of {record} recorded on different workstations take more than was there ({places}). Every movement and its document is kept; check the documents and count the asset, then record what corrects the register.</source>
        <translation>{record} бойынша әр түрлі жұмыс орындарында жазылған қозғалыстар бар болғаннан көп алады ({places}). Барлық қозғалыстар мен олардың құжаттары сақталған; құжаттарды тексеріп, құндылықты қайта санаңыз, содан кейін есепті түзететін қозғалысты жазыңыз.</translation>
    </message>
    <message>
        <source>{record} breaks rule “{rule}” after an import.</source>
        <translation>Жүктеуден кейін {record} «{rule}» ережесін бұзады.</translation>
    </message>
    <message>
        <source>This conflict was already settled by {who} on {when}; nothing was changed.</source>
        <translation>Бұл қақтығысты {when} {who} реттеп қойған; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The comment is too long (at most {n} characters).</source>
        <translation>Түсініктеме тым ұзын ({n} таңбадан аспауы тиіс).</translation>
    </message>
    <message>
        <source>A business conflict is not settled by choosing a value: the head of office reviews it and records the decision in a comment (a revocation or a resumption is its own act).</source>
        <translation>Іскерлік қақтығыс мәнді таңдау арқылы реттелмейді: әскери өкілдіктің бастығы оны қарап, шешімді түсініктемеде жазады (кері қайтару немесе қайта бастау жеке актімен ресімделеді).</translation>
    </message>
    <message>
        <source>Say in the comment what was decided about this business conflict.</source>
        <translation>Түсініктемеде осы іскерлік қақтығыс бойынша қандай шешім қабылданғанын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists here; mark the conflict reviewed instead.</source>
        <translation>Бұл қақтығыс қатысты жазба мұнда енді жоқ; оның орнына қақтығысты қаралды деп белгілеңіз.</translation>
    </message>
    <message>
        <source>The history of this value is not on this workstation; mark the conflict reviewed instead.</source>
        <translation>Бұл мәннің тарихы осы жұмыс орнында жоқ; оның орнына қақтығысты қаралды деп белгілеңіз.</translation>
    </message>
    <message>
        <source>The other value cannot be taken: it collides with another record ({detail}). Nothing was changed.</source>
        <translation>Басқа мәнді қабылдау мүмкін емес: ол басқа жазбаға қайшы келеді ({detail}). Ештеңе өзгертілмеді.</translation>
    </message>
</context>
</TS>
