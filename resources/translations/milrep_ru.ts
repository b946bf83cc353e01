<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Acceptance</name>
    <message>
        <source>1st attempt</source>
        <translation>1-е предъявление</translation>
    </message>
    <message>
        <source>2nd attempt</source>
        <translation>2-е предъявление</translation>
    </message>
    <message>
        <source>3rd attempt</source>
        <translation>3-е предъявление</translation>
    </message>
    <message>
        <source>attempt {n}</source>
        <translation>{n}-е предъявление</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Извещение</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Дата предъявления</translation>
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
        <translation>Количество</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Предъявление</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>pass / fail</source>
        <translation>годен / не годен</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Характеристика</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Пределы</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Средство измерений</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Не сохранено: {message}</translation>
    </message>
    <message>
        <source>Out of limits ({limits})</source>
        <translation>Вне пределов ({limits})</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Заводской номер</translation>
    </message>
    <message>
        <source>Proposed from the units presented; saved with the sample&apos;s first value. Type another serial to change it.</source>
        <translation>Предложено из предъявленных единиц; сохраняется вместе с первым значением образца. Чтобы изменить, введите другой заводской номер.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>AcceptanceBlock</name>
    <message>
        <source>Presentations awaiting inspection</source>
        <translation>Предъявления, ожидающие контроля</translation>
    </message>
    <message>
        <source>in today&apos;s queue — open one to inspect it (Enter or double-click)</source>
        <translation>в очереди на сегодня — откройте, чтобы провести контроль (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>nothing awaits inspection</source>
        <translation>контроля ничего не ожидает</translation>
    </message>
    <message>
        <source>Notice {number} · {item}, lot {lot} · {attempt} · {status}</source>
        <translation>Извещение {number} · {item}, партия {lot} · {attempt} · {status}</translation>
    </message>
</context>
<context>
    <name>AcceptanceView</name>
    <message>
        <source>Acceptance</source>
        <translation>Приемка</translation>
    </message>
    <message>
        <source>Today&apos;s queue: presentations awaiting or in inspection</source>
        <translation>Очередь на сегодня: предъявления, ожидающие контроля или на контроле</translation>
    </message>
    <message>
        <source>Nothing awaits inspection. A notice of presentation from the plant&apos;s quality department (OTK) is registered with “Register presentation”.</source>
        <translation>Контроля ничего не ожидает. Извещение о предъявлении от ОТК предприятия регистрируется кнопкой «Зарегистрировать предъявление».</translation>
    </message>
    <message>
        <source>All presentations</source>
        <translation>Все предъявления</translation>
    </message>
    <message>
        <source>Register presentation</source>
        <translation>Зарегистрировать предъявление</translation>
    </message>
    <message>
        <source>Register a notice of presentation (Ctrl+N)</source>
        <translation>Зарегистрировать извещение о предъявлении (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open the inspection of the selected presentation, or continue it</source>
        <translation>Открыть контроль выбранного предъявления или продолжить его</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>The plant withdraws its notice before the inspection starts</source>
        <translation>Предприятие отзывает извещение до начала контроля</translation>
    </message>
    <message>
        <source>No presentation matches</source>
        <translation>Предъявления не найдены</translation>
    </message>
    <message>
        <source>Search by notice number or OTK reference.</source>
        <translation>Ищите по номеру извещения или документу ОТК.</translation>
    </message>
    <message>
        <source>No presentations yet</source>
        <translation>Предъявлений пока нет</translation>
    </message>
    <message>
        <source>When the plant&apos;s quality department presents a lot, register its notice here; it then waits in today&apos;s queue.</source>
        <translation>Когда ОТК предприятия предъявляет партию, зарегистрируйте здесь его извещение; затем оно ждет в очереди на сегодня.</translation>
    </message>
    <message>
        <source>Open inspection…</source>
        <translation>Открыть контроль…</translation>
    </message>
    <message>
        <source>Continue inspection</source>
        <translation>Продолжить контроль</translation>
    </message>
    <message>
        <source>View inspection</source>
        <translation>Просмотреть контроль</translation>
    </message>
    <message>
        <source>Withdraw presentation</source>
        <translation>Отзыв предъявления</translation>
    </message>
    <message>
        <source>Reason given by the plant (optional):</source>
        <translation>Причина, указанная предприятием (необязательно):</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Add amendment</source>
        <translation>Добавить дополнительное соглашение</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Ground (Art. 23)</source>
        <translation>Основание (ст. 23)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>AssetDetail</name>
    <message>
        <source>Record movement…</source>
        <translation>Записать движение…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Движения</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>To / recipient</source>
        <translation>Куда / получатель</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Grounds, signed by</source>
        <translation>Основание, подписал</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Остаток после</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Способ получения</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Unit cost / value</source>
        <translation>Цена за единицу / стоимость</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственное лицо</translation>
    </message>
    <message>
        <source>Acquired by</source>
        <translation>Документ поступления</translation>
    </message>
    <message>
        <source>{number} of {date}</source>
        <translation>№ {number} от {date}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>AssetEditor</name>
    <message>
        <source>Add an asset</source>
        <translation>Добавление материальной ценности</translation>
    </message>
    <message>
        <source>Correct the asset</source>
        <translation>Исправление материальной ценности</translation>
    </message>
    <message>
        <source>e.g. Vibration test bench VS-100</source>
        <translation>например, вибростенд VS-100</translation>
    </message>
    <message>
        <source>Waybill, invoice or manufacturing act No.</source>
        <translation>№ накладной, счёта-фактуры или акта изготовления</translation>
    </message>
    <message>
        <source>Inventory No.</source>
        <translation>Инвентарный №</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Created or purchased</source>
        <translation>Создано или приобретено</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <source>Unit cost, ₸</source>
        <translation>Цена за единицу, ₸</translation>
    </message>
    <message>
        <source>Acquisition document</source>
        <translation>Документ поступления</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Материально ответственное лицо</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>Поступившее количество</translation>
    </message>
    <message>
        <source>Receipt signed by</source>
        <translation>Поступление подписал</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>The quantity is recorded as a receipt movement; later changes are movements (transfer, handover, write-off).</source>
        <translation>Количество записывается как движение «поступление»; последующие изменения оформляются движениями (перемещение, передача, списание).</translation>
    </message>
    <message>
        <source>Location and acquisition document follow the movements and cannot be corrected here.</source>
        <translation>Местонахождение и документ поступления определяются движениями и здесь не исправляются.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>AssetsView</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>Файлы CSV в UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <source>Register as {fmt}…</source>
        <translation>Реестр в формате {fmt}…</translation>
    </message>
    <message>
        <source>Movements of a period as {fmt}…</source>
        <translation>Движения за период в формате {fmt}…</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Выгрузка реестра</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Запись {path}…</translation>
    </message>
    <message>
        <source>Movements of a period</source>
        <translation>Движения за период</translation>
    </message>
    <message>
        <source>Export the movements</source>
        <translation>Выгрузка движений</translation>
    </message>
    <message>
        <source>Wrote {path} ({n} rows).</source>
        <translation>Записан файл {path} (строк: {n}).</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Record movement…</source>
        <translation>Записать движение…</translation>
    </message>
    <message>
        <source>Add asset…</source>
        <translation>Добавить ценность…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>No asset matches</source>
        <translation>Материальные ценности не найдены</translation>
    </message>
    <message>
        <source>Try part of the inventory number, name, place or contract, or another status.</source>
        <translation>Введите часть инвентарного номера, наименования, места или договора либо выберите другой статус.</translation>
    </message>
    <message>
        <source>No material assets yet</source>
        <translation>Материальных ценностей пока нет</translation>
    </message>
    <message>
        <source>Register the assets created or purchased with budget funds under the state defense order (Article 27.3.5). Their quantities come from movements: a receipt, transfers, handovers, write-offs.</source>
        <translation>Регистрируйте материальные ценности, созданные или приобретённые за счёт бюджетных средств в рамках государственного оборонного заказа (статья 27.3.5). Их количество определяется движениями: поступлением, перемещениями, передачами, списаниями.</translation>
    </message>
    <message>
        <source>Add an asset</source>
        <translation>Добавить материальную ценность</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Движения</translation>
    </message>
    <message>
        <source>Open asset</source>
        <translation>Открыть материальную ценность</translation>
    </message>
    <message>
        <source>No movement matches</source>
        <translation>Движения не найдены</translation>
    </message>
    <message>
        <source>Try a document number, grounds or an inventory number.</source>
        <translation>Введите номер документа, основание или инвентарный номер.</translation>
    </message>
    <message>
        <source>No movements yet</source>
        <translation>Движений пока нет</translation>
    </message>
    <message>
        <source>Registering an asset records its receipt; transfers, handovers and write-offs are recorded from the register.</source>
        <translation>При регистрации материальной ценности записывается её поступление; перемещения, передачи и списания оформляются из реестра.</translation>
    </message>
    <message>
        <source>Material assets</source>
        <translation>Материальные ценности</translation>
    </message>
    <message>
        <source>Inventory counts</source>
        <translation>Инвентаризации</translation>
    </message>
</context>
<context>
    <name>CertificateDialogs</name>
    <message>
        <source>Certificate No. {number} of {date}: {item}, {qty} {unit}, lot {lots}; recipient {recipient}.</source>
        <translation>Удостоверение № {number} от {date}: {item}, {qty} {unit}, партия {lots}; получатель {recipient}.</translation>
    </message>
    <message>
        <source>Revoke certificate {number}</source>
        <translation>Отзыв удостоверения {number}</translation>
    </message>
    <message>
        <source>The certificate stops being valid at once, here and, with the next trust list, for every verifier. It cannot be undone.</source>
        <translation>Удостоверение сразу перестаёт действовать — здесь, а со следующим списком доверия — для всех проверяющих. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Sign revocation…</source>
        <translation>Подписать отзыв…</translation>
    </message>
    <message>
        <source>Revocation of certificate {number}.
Reason: {reason}</source>
        <translation>Отзыв удостоверения {number}.
Причина: {reason}</translation>
    </message>
    <message>
        <source>Re-issue certificate {number}</source>
        <translation>Переоформление удостоверения {number}</translation>
    </message>
    <message>
        <source>A new certificate is issued for the same goods (the Article 27.5 conditions are checked again) and this one is revoked as superseded.</source>
        <translation>На ту же продукцию выдаётся новое удостоверение (условия статьи 27.5 проверяются повторно), а данное удостоверение отзывается как заменённое.</translation>
    </message>
    <message>
        <source>The same recipient</source>
        <translation>Тот же получатель</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Sign new certificate…</source>
        <translation>Подписать новое удостоверение…</translation>
    </message>
    <message>
        <source>New certificate replacing {number}.
Reason: {reason}</source>
        <translation>Новое удостоверение взамен {number}.
Причина: {reason}</translation>
    </message>
    <message>
        <source>Record shipment</source>
        <translation>Регистрация отгрузки</translation>
    </message>
    <message>
        <source>e.g. waybill TTN-0001</source>
        <translation>например, накладная TTN-0001</translation>
    </message>
    <message>
        <source>The certificate&apos;s recipient</source>
        <translation>Получатель по удостоверению</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>Дата отгрузки</translation>
    </message>
    <message>
        <source>Shipping document</source>
        <translation>Отгрузочный документ</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>Грузополучатель</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Certified and not yet shipped: {n} {unit}</source>
        <translation>Оформлено удостоверением и ещё не отгружено: {n} {unit}</translation>
    </message>
</context>
<context>
    <name>CertificateWizard</name>
    <message>
        <source>Acceptance record</source>
        <translation>Акт приёмки</translation>
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
        <translation>Дата приёмки</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Not yet certified</source>
        <translation>Не удостоверено</translation>
    </message>
    <message>
        <source>The contract&apos;s recipient</source>
        <translation>Получатель по договору</translation>
    </message>
    <message>
        <source>Goods to certify</source>
        <translation>Продукция для удостоверения</translation>
    </message>
    <message>
        <source>Tick the acceptance records of one item. Without a quantity or serial numbers, every unit not yet certified is covered.</source>
        <translation>Отметьте акты приёмки одной позиции. Если количество или заводские номера не указаны, удостоверяются все ещё не удостоверенные изделия.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>All not yet certified</source>
        <translation>Все не удостоверенные</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Заводские номера</translation>
    </message>
    <message>
        <source>Only these units, e.g. 0405, 0406 (optional)</source>
        <translation>Только эти изделия, например 0405, 0406 (необязательно)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>No acceptance record has units left to certify. Goods are certified after they are accepted (Acceptance area).</source>
        <translation>Нет актов приёмки с неудостоверенными изделиями. Продукция удостоверяется после приёмки (раздел «Приёмка»).</translation>
    </message>
    <message>
        <source>Sign the certificate</source>
        <translation>Подписание удостоверения</translation>
    </message>
    <message>
        <source>Your signature is stored with the certificate. Once issued, it cannot be changed, only revoked or re-issued by the head of office.</source>
        <translation>Ваша подпись сохраняется вместе с удостоверением. Выданное удостоверение изменить нельзя: начальник военного представительства может только отозвать его или выдать повторно.</translation>
    </message>
    <message>
        <source>Sign and issue</source>
        <translation>Подписать и выдать</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Значение подписи</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписывает</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ваш пароль</translation>
    </message>
    <message>
        <source>Certificate for {item}: {qty} {unit}, lot {lots}. Recipient: {recipient}.</source>
        <translation>Удостоверение: {item}, {qty} {unit}, партия {lots}. Получатель: {recipient}.</translation>
    </message>
    <message>
        <source>Type your password to sign.</source>
        <translation>Для подписания введите пароль.</translation>
    </message>
    <message>
        <source>Issuing the certificate…</source>
        <translation>Выдача удостоверения…</translation>
    </message>
    <message>
        <source>The certificate was not issued.</source>
        <translation>Удостоверение не выдано.</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Удостоверение выдано</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>The certificate is signed and sealed. Print it and put the office stamp in its place; the QR code lets the receiving unit verify it.</source>
        <translation>Удостоверение подписано и заверено QR-печатью. Распечатайте его и поставьте печать военного представительства в отведённом месте; получатель может проверить удостоверение по QR-коду.</translation>
    </message>
    <message>
        <source>Certificate No. {number}</source>
        <translation>Удостоверение № {number}</translation>
    </message>
    <message>
        <source>Issue a certificate</source>
        <translation>Выдача удостоверения</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>НЕ ВЫПОЛНЕНО</translation>
    </message>
    <message>
        <source>Article 27.5 checklist</source>
        <translation>Проверка условий статьи 27.5</translation>
    </message>
    <message>
        <source>A certificate may be issued only when every condition is met.</source>
        <translation>Удостоверение может быть выдано только при выполнении всех условий.</translation>
    </message>
    <message>
        <source>Sign and issue…</source>
        <translation>Подписать и выдать…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить повторно</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>✗  {n} of {total} conditions not met: the certificate cannot be issued.</source>
        <translation>✗  Не выполнено условий: {n} из {total} — удостоверение не может быть выдано.</translation>
    </message>
    <message>
        <source>Correct what is not met (or choose other goods), then press Check again.</source>
        <translation>Устраните невыполненные условия (или выберите другую продукцию) и нажмите «Проверить повторно».</translation>
    </message>
    <message>
        <source>✓  All {total} conditions are met.</source>
        <translation>✓  Все условия ({total}) выполнены.</translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <source>Acceptance record</source>
        <translation>Акт приёмки</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Заводские номера</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Удостоверения</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Verify…</source>
        <translation>Проверить…</translation>
    </message>
    <message>
        <source>Verify a certificate&apos;s QR seal from a PDF, a scan or the text (Ctrl+Shift+V)</source>
        <translation>Проверить QR-печать удостоверения по PDF, скан-копии или тексту (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Print selected…</source>
        <translation>Печать выбранных…</translation>
    </message>
    <message>
        <source>Print every certificate selected in the list as one job (Ctrl+click or Shift+click to select several)</source>
        <translation>Напечатать все выбранные в списке удостоверения одним заданием (для выбора нескольких — Ctrl+щелчок или Shift+щелчок)</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>Выдать удостоверение…</translation>
    </message>
    <message>
        <source>Issue a certificate for accepted goods (Ctrl+N)</source>
        <translation>Выдать удостоверение на принятую продукцию (Ctrl+N)</translation>
    </message>
    <message>
        <source>Print selected ({n})…</source>
        <translation>Печать выбранных ({n})…</translation>
    </message>
    <message>
        <source>No certificate matches</source>
        <translation>Удостоверения не найдены</translation>
    </message>
    <message>
        <source>Try fewer words or another status.</source>
        <translation>Сократите условия поиска или выберите другой статус.</translation>
    </message>
    <message>
        <source>No certificates yet</source>
        <translation>Удостоверений пока нет</translation>
    </message>
    <message>
        <source>A certificate is issued for accepted goods once every Article 27.5 condition is met.</source>
        <translation>Удостоверение выдаётся на принятую продукцию при выполнении всех условий статьи 27.5.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Военный представитель</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Nomenclature code</source>
        <translation>Код номенклатуры</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Партии</translation>
    </message>
    <message>
        <source>Conforms to</source>
        <translation>Соответствует</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Испытания</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Комплектность</translation>
    </message>
    <message>
        <source>complete ({n} lines checked)</source>
        <translation>полная (проверено строк: {n})</translation>
    </message>
    <message>
        <source>see the acceptance records</source>
        <translation>см. акты приёмки</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Гарантия</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Гриф секретности</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Выдано взамен</translation>
    </message>
    <message>
        <source>certificate {number}: {reason}</source>
        <translation>удостоверения {number}: {reason}</translation>
    </message>
    <message>
        <source>Seal key</source>
        <translation>Ключ печати</translation>
    </message>
    <message>
        <source>rev. {n}</source>
        <translation>ред. {n}</translation>
    </message>
    <message>
        <source>Choose a certificate in the list to see what it certifies.</source>
        <translation>Выберите удостоверение в списке, чтобы просмотреть удостоверяемую продукцию.</translation>
    </message>
    <message>
        <source>Acceptance records covered</source>
        <translation>Включённые акты приёмки</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Record shipment…</source>
        <translation>Зарегистрировать отгрузку…</translation>
    </message>
    <message>
        <source>Record that goods covered by this certificate left the plant</source>
        <translation>Зарегистрировать отгрузку с завода продукции, на которую выдано это удостоверение</translation>
    </message>
    <message>
        <source>Re-issue…</source>
        <translation>Выдать повторно…</translation>
    </message>
    <message>
        <source>A new certificate for the same goods that replaces this one (head of office)</source>
        <translation>Новое удостоверение на ту же продукцию взамен данного (начальник военного представительства)</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <source>Revoke this certificate, with the reason (head of office)</source>
        <translation>Отозвать это удостоверение с указанием причины (начальник военного представительства)</translation>
    </message>
    <message>
        <source>Certificate No. {number}</source>
        <translation>Удостоверение № {number}</translation>
    </message>
    <message>
        <source>Revoked on {date} by {who}: {reason}</source>
        <translation>Отозвано {date}, {who}: {reason}</translation>
    </message>
    <message>
        <source>Replaced by certificate {number}.</source>
        <translation>Заменено удостоверением {number}.</translation>
    </message>
    <message>
        <source>Only the head of office revokes or re-issues a certificate.</source>
        <translation>Отзывает или повторно выдаёт удостоверение только начальник военного представительства.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Удостоверение</translation>
    </message>
</context>
<context>
    <name>CharacteristicDialog</name>
    <message>
        <source>New characteristic</source>
        <translation>Новая характеристика</translation>
    </message>
    <message>
        <source>Characteristic {name}</source>
        <translation>Характеристика {name}</translation>
    </message>
    <message>
        <source>e.g. Output power</source>
        <translation>например, Выходная мощность</translation>
    </message>
    <message>
        <source>One conforming answer per line; empty: pass / fail</source>
        <translation>По одному допустимому ответу в строке; пусто — годен / не годен</translation>
    </message>
    <message>
        <source>TU clause, drawing or national standard</source>
        <translation>Пункт ТУ, чертеж или национальный стандарт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Способ проверки</translation>
    </message>
    <message>
        <source>Nominal value</source>
        <translation>Номинальное значение</translation>
    </message>
    <message>
        <source>Lower limit</source>
        <translation>Нижний предел</translation>
    </message>
    <message>
        <source>Upper limit</source>
        <translation>Верхний предел</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <source>Allowed answers</source>
        <translation>Допустимые ответы</translation>
    </message>
    <message>
        <source>Class of defect</source>
        <translation>Категория дефекта</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ссылка на документ</translation>
    </message>
    <message>
        <source>Limits are inclusive; leave one empty for a one-sided limit. A critical characteristic rejects the lot on any one defect.</source>
        <translation>Пределы включаются в допуск; для одностороннего допуска оставьте один из них пустым. По критической характеристике партия бракуется при любом единичном дефекте.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>new characteristic</source>
        <translation>новая характеристика</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>{n}. {label}
Defects: {value}
Cumulative: {share:.1f} %</source>
        <translation>{n}. {label}
Дефектов: {value}
Накопленная доля: {share:.1f} %</translation>
    </message>
</context>
<context>
    <name>CloseDecisionDialog</name>
    <message>
        <source>Implemented on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <source>How it was verified</source>
        <translation>Как проверено</translation>
    </message>
    <message>
        <source>Mark implemented</source>
        <translation>Отметить выполнение</translation>
    </message>
    <message>
        <source>Why it is cancelled</source>
        <translation>Причина отмены</translation>
    </message>
    <message>
        <source>Cancel the decision</source>
        <translation>Отменить решение</translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <source>Part of a complete set</source>
        <translation>Составная часть комплекта</translation>
    </message>
    <message>
        <source>e.g. Whip antenna</source>
        <translation>например, Штыревая антенна</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Business</source>
        <translation>Деловой</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Урегулирован</translation>
    </message>
    <message>
        <source>under a suspension</source>
        <translation>при действующем приостановлении</translation>
    </message>
    <message>
        <source>certified twice (27.5)</source>
        <translation>удостоверено дважды (27.5)</translation>
    </message>
    <message>
        <source>balance below zero (27.3.5)</source>
        <translation>остаток ниже нуля (27.3.5)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Business, open</source>
        <translation>Деловые, открытые</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>No conflicts here</source>
        <translation>Конфликтов нет</translation>
    </message>
    <message>
        <source>When two workstations change the same value without knowing of each other, or an imported document crosses a rule, it is listed here to be settled.</source>
        <translation>Если два рабочих места изменяют одно и то же значение независимо друг от друга или загруженный документ нарушает правило, конфликт отображается здесь для урегулирования.</translation>
    </message>
    <message>
        <source>Comment (who decided what, and why)</source>
        <translation>Комментарий (кто, какое решение принял и почему)</translation>
    </message>
    <message>
        <source>Keep stored value</source>
        <translation>Оставить сохранённое значение</translation>
    </message>
    <message>
        <source>Take other value</source>
        <translation>Принять другое значение</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Отметить как рассмотренный</translation>
    </message>
    <message>
        <source>Settle as head of office</source>
        <translation>Урегулировать решением начальника военного представительства</translation>
    </message>
    <message>
        <source>No conflict selected</source>
        <translation>Конфликт не выбран</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Сохранённое значение</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <source>This record</source>
        <translation>Эта запись</translation>
    </message>
    <message>
        <source>Crossed with</source>
        <translation>Противоречащая запись</translation>
    </message>
    <message>
        <source>Open since {when}.</source>
        <translation>Открыт с {when}.</translation>
    </message>
    <message>
        <source>Settled by {who} on {when}: {how}.</source>
        <translation>Урегулирован {when}, {who}: {how}.</translation>
    </message>
    <message>
        <source>Comment: {c}</source>
        <translation>Комментарий: {c}</translation>
    </message>
    <message>
        <source>Only the head of office settles a business conflict.</source>
        <translation>Деловой конфликт урегулирует только начальник военного представительства.</translation>
    </message>
    <message>
        <source>Write what was decided (for example, the certificate revoked) in the comment first.</source>
        <translation>Сначала укажите в комментарии принятое решение (например, удостоверение отозвано).</translation>
    </message>
    <message>
        <source>Keeping or taking a value writes it as a new change: the other sites settle the conflict too when they import your next bundle.</source>
        <translation>Оставленное или принятое значение записывается как новое изменение: другие рабочие места также урегулируют конфликт при загрузке вашего следующего пакета обмена.</translation>
    </message>
    <message>
        <source>(not known here)</source>
        <translation>(здесь неизвестно)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>not on this workstation</source>
        <translation>отсутствует на этом рабочем месте</translation>
    </message>
    <message>
        <source>written at {site}, {when}</source>
        <translation>записано: {site}, {when}</translation>
    </message>
    <message>
        <source>clock {hlc}</source>
        <translation>метка времени {hlc}</translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>Quality control</source>
        <translation>Контроль качества</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Приемка</translation>
    </message>
    <message>
        <source>Delivery dates and terms</source>
        <translation>Сроки и условия поставки</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>Неустойка</translation>
    </message>
    <message>
        <source>Termination grounds</source>
        <translation>Основания расторжения</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Ответственность сторон</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Новый договор</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <source>Terms (Art. 22.4)</source>
        <translation>Условия (ст. 22.4)</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Amendments (Art. 23)</source>
        <translation>Дополнительные соглашения (ст. 23)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Заказчик</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Исполнитель ГОЗ</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель ГОЗ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет договора</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Value, ₸</source>
        <translation>Стоимость, ₸</translation>
    </message>
    <message>
        <source>Advance, ₸</source>
        <translation>Аванс, ₸</translation>
    </message>
    <message>
        <source>Place of delivery</source>
        <translation>Место поставки</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Гриф секретности</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>Удалить этап</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Add amendment…</source>
        <translation>Добавить доп. соглашение…</translation>
    </message>
    <message>
        <source>Amendments are documents: once added they are never changed.</source>
        <translation>Дополнительные соглашения — документы: после добавления они не изменяются.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Fulfilled contracts cannot be edited. The terms are kept as they were when the contract was fulfilled.</source>
        <translation>Исполненный договор изменить нельзя. Условия сохраняются в том виде, в каком они были на момент исполнения договора.</translation>
    </message>
    <message>
        <source>Terminated contracts cannot be edited. The terms are kept as they were when the contract was terminated.</source>
        <translation>Расторгнутый договор изменить нельзя. Условия сохраняются в том виде, в каком они были на момент расторжения договора.</translation>
    </message>
    <message>
        <source>You can read this contract. Representatives and the head of office edit contracts.</source>
        <translation>Вы можете только просматривать этот договор. Изменяют договоры военные представители и начальник ВП.</translation>
    </message>
    <message>
        <source>Contract {number}</source>
        <translation>Договор {number}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
</context>
<context>
    <name>ContractPicker</name>
    <message>
        <source>Find a contract…</source>
        <translation>Найти договор…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>ContractsView</name>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Control list</source>
        <translation>Перечень</translation>
    </message>
    <message>
        <source>Show the control list of this contract</source>
        <translation>Показать перечень продукции по этому договору</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>No contract matches</source>
        <translation>Договоры не найдены</translation>
    </message>
    <message>
        <source>Try fewer words or another status.</source>
        <translation>Сократите запрос или выберите другой статус.</translation>
    </message>
    <message>
        <source>No contracts yet</source>
        <translation>Договоров пока нет</translation>
    </message>
    <message>
        <source>Enter a state defense order contract with its Article 22.4 terms, then its control list.</source>
        <translation>Внесите договор на выполнение государственного оборонного заказа с условиями по статье 22.4, затем — перечень продукции, подлежащей контролю и приемке.</translation>
    </message>
    <message>
        <source>Add the first contract</source>
        <translation>Добавить первый договор</translation>
    </message>
    <message>
        <source>Mark contract {number} as &quot;{status}&quot;? A closed contract can no longer be edited.</source>
        <translation>Перевести договор {number} в статус «{status}»? Закрытый договор изменить будет нельзя.</translation>
    </message>
    <message>
        <source>Bring into force</source>
        <translation>Ввести в действие</translation>
    </message>
    <message>
        <source>Mark as fulfilled</source>
        <translation>Отметить как исполненный</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Расторгнуть</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Вернуть в проект</translation>
    </message>
</context>
<context>
    <name>ControlListView</name>
    <message>
        <source>Control list of contract {number}</source>
        <translation>Перечень по договору {number}</translation>
    </message>
    <message>
        <source>Control list</source>
        <translation>Перечень</translation>
    </message>
    <message>
        <source>Contract {number}  ✕</source>
        <translation>Договор {number}  ✕</translation>
    </message>
    <message>
        <source>Show the items of every contract</source>
        <translation>Показать позиции всех договоров</translation>
    </message>
    <message>
        <source>Requirements…</source>
        <translation>Требования…</translation>
    </message>
    <message>
        <source>Characteristics to check, completeness, sampling plan and periodic tests of this item</source>
        <translation>Проверяемые характеристики, комплектность, план выборочного контроля и периодические испытания этой позиции</translation>
    </message>
    <message>
        <source>No item matches</source>
        <translation>Позиции не найдены</translation>
    </message>
    <message>
        <source>Try fewer words or a nomenclature code.</source>
        <translation>Сократите запрос или введите код номенклатуры.</translation>
    </message>
    <message>
        <source>This contract&apos;s control list is empty</source>
        <translation>Перечень по этому договору пуст</translation>
    </message>
    <message>
        <source>Add the products, works and services the office controls and accepts under this contract.</source>
        <translation>Добавьте продукцию, работы и услуги, которые военное представительство контролирует и принимает по этому договору.</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Добавить позицию</translation>
    </message>
    <message>
        <source>The control list is empty</source>
        <translation>Перечень пуст</translation>
    </message>
    <message>
        <source>Open a contract&apos;s control list from the Contracts area, or add an item here.</source>
        <translation>Откройте перечень договора в разделе «Договоры» или добавьте позицию здесь.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Open office database</source>
        <translation>Открыть базу данных военного представительства</translation>
    </message>
    <message>
        <source>milrep databases (*.milrep);;All files (*)</source>
        <translation>Базы данных milrep (*.milrep);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Demo office: users chief, rep1, rep2 and clerk; the password of each is {password}</source>
        <translation>Демонстрационное ВП: пользователи chief, rep1, rep2 и clerk; пароль у всех — {password}</translation>
    </message>
    <message>
        <source>Building the demo office…</source>
        <translation>Создание демонстрационного ВП…</translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message>
        <source>Inventory No.</source>
        <translation>Инвентарный №</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>По учёту</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Подсчитано</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Not a quantity: type a number, e.g. 12 or 3,5.</source>
        <translation>Количество указано неверно: введите число, например 12 или 3,5.</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>Недостача</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Излишек</translation>
    </message>
    <message>
        <source>Start an inventory count</source>
        <translation>Начало инвентаризации</translation>
    </message>
    <message>
        <source>One member per line</source>
        <translation>По одному члену комиссии в строке</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место нахождения</translation>
    </message>
    <message>
        <source>Count date</source>
        <translation>Дата инвентаризации</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>The sheet lists every asset kept there at the end of the count date, with the quantity its movements give. Movements there dated on or before the count are refused from now on.</source>
        <translation>В опись включаются все материальные ценности, находящиеся в этом месте на конец дня инвентаризации, с количеством по данным их движения. Движения в этом месте с датой по день инвентаризации включительно с этого момента не принимаются.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Start count…</source>
        <translation>Начать инвентаризацию…</translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation>Печать описи…</translation>
    </message>
    <message>
        <source>Save counts</source>
        <translation>Сохранить результаты подсчёта</translation>
    </message>
    <message>
        <source>Reconcile and sign…</source>
        <translation>Сверить и подписать…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <source>No inventory count yet. Start one for a place: its sheet lists what should be there.</source>
        <translation>Инвентаризаций пока нет. Начните инвентаризацию места хранения: в её описи указано, что должно там находиться.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; — {location}, {date}: reconciled by {who}; {n} discrepancy(ies).</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; — {location}, {date}: сверено, {who}; расхождений: {n}.</translation>
    </message>
    <message>
        <source>Conclusion: {text}</source>
        <translation>Заключение: {text}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; — {location}, balances at the end of {date}. Type each counted quantity and press Enter; 0 when nothing is found.</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; — {location}, остатки на конец дня {date}. Введите каждое фактическое количество и нажмите Enter; если ничего не обнаружено — 0.</translation>
    </message>
    <message>
        <source>Print record…</source>
        <translation>Печать акта…</translation>
    </message>
    <message>
        <source>Inventory count sheet</source>
        <translation>Инвентаризационная опись</translation>
    </message>
    <message>
        <source>Count {number} of {location} on {date}: {n} line(s), {k} discrepancy(ies).</source>
        <translation>Инвентаризация {number} ({location}) на {date}: строк — {n}, расхождений — {k}.</translation>
    </message>
    <message>
        <source>Conclusion of the commission (what to do with the discrepancies)</source>
        <translation>Заключение комиссии (как поступить с расхождениями)</translation>
    </message>
    <message>
        <source>Discard count {number}? What was entered on it is lost; the place can be counted again.</source>
        <translation>Отменить инвентаризацию {number}? Введённые по ней данные будут утрачены; место хранения можно будет инвентаризировать повторно.</translation>
    </message>
    <message>
        <source>Discard count</source>
        <translation>Отмена инвентаризации</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Office {code} · {name} · {plant}</source>
        <translation>ВП {code} · {name} · {plant}</translation>
    </message>
    <message>
        <source>Contracts in force</source>
        <translation>Действующие договоры</translation>
    </message>
    <message>
        <source>Control-list items</source>
        <translation>Позиции перечня</translation>
    </message>
    <message>
        <source>Lots registered</source>
        <translation>Зарегистрировано партий</translation>
    </message>
    <message>
        <source>Deadlines in the next {n} days</source>
        <translation>Сроки на ближайшие {n} дн.</translation>
    </message>
    <message>
        <source>Instruments due for calibration in {n} days</source>
        <translation>Калибровка средств измерений в ближайшие {n} дн.</translation>
    </message>
    <message>
        <source>Upcoming stage and delivery deadlines</source>
        <translation>Ближайшие сроки этапов и поставок</translation>
    </message>
    <message>
        <source>Nothing falls due in the next {n} days</source>
        <translation>В ближайшие {n} дн. сроков нет</translation>
    </message>
    <message>
        <source>Stage deadlines of contracts and delivery deadlines of control-list items appear here.</source>
        <translation>Здесь отображаются сроки этапов договоров и сроки поставки позиций перечня.</translation>
    </message>
    <message>
        <source>Overdue: {n}</source>
        <translation>Просрочено: {n}</translation>
    </message>
    <message>
        <source>Drafts: {n}</source>
        <translation>Проектов: {n}</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Поставка</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>{name}: {found} of {expected} {unit}</source>
        <translation>{name}: {found} из {expected} {unit}</translation>
    </message>
    <message>
        <source>{name}, unit {unit}: {got}{limits} — {severity}</source>
        <translation>{name}, единица {unit}: {got}{limits} — {severity}</translation>
    </message>
    <message>
        <source>Decision on notice {number}</source>
        <translation>Решение по извещению {number}</translation>
    </message>
    <message>
        <source>no verdict yet</source>
        <translation>заключения пока нет</translation>
    </message>
    <message>
        <source>{item}, lot {lot}, {attempt}. The rules say: {verdict}. {reason}</source>
        <translation>{item}, партия {lot}, {attempt}. По правилам: {verdict}. {reason}</translation>
    </message>
    <message>
        <source>Accept the whole presentation</source>
        <translation>Принять все предъявленное</translation>
    </message>
    <message>
        <source>Accept in part</source>
        <translation>Принять частично</translation>
    </message>
    <message>
        <source>Return (issue a return notice)</source>
        <translation>Вернуть (выдать уведомление о возврате)</translation>
    </message>
    <message>
        <source>Tick the units accepted; the others are rejected.</source>
        <translation>Отметьте принятые единицы; остальные отклоняются.</translation>
    </message>
    <message>
        <source>The units have no serial numbers: give the quantities.</source>
        <translation>У единиц нет заводских номеров: укажите количества.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Defects listed on the return notice:</source>
        <translation>Дефекты, указываемые в уведомлении о возврате:</translation>
    </message>
    <message>
        <source>No defects recorded: give the reason for returning the lot.</source>
        <translation>Дефекты не записаны: укажите причину возврата партии.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>The head of office can sign a suspension of acceptance and shipment of this item (Suspensions).</source>
        <translation>Начальник ВП может подписать приостановление приемки и отгрузки этой позиции (раздел «Приостановления»).</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Подписать…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Notice {number}: {item}, lot {lot}, {attempt}</source>
        <translation>Извещение {number}: {item}, партия {lot}, {attempt}</translation>
    </message>
    <message>
        <source>Decision: {verdict}</source>
        <translation>Решение: {verdict}</translation>
    </message>
    <message>
        <source>Accepted: {serials}</source>
        <translation>Приняты: {serials}</translation>
    </message>
    <message>
        <source>Rejected: {serials}</source>
        <translation>Отклонены: {serials}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Причина: {reason}</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Подписание</translation>
    </message>
    <message>
        <source>Return notice {number} is issued and signed.</source>
        <translation>Уведомление о возврате {number} выдано и подписано.</translation>
    </message>
    <message>
        <source>Acceptance record {number} is issued and signed.</source>
        <translation>Акт приемки {number} оформлен и подписан.</translation>
    </message>
    <message>
        <source>The plant may present the lot again after rework: it comes back as the next attempt, and only what failed is re-tested.</source>
        <translation>После доработки завод может предъявить партию повторно: это будет следующее предъявление, и повторно проверяется только то, что не прошло.</translation>
    </message>
    <message>
        <source>The accepted units can now be certified (quality certificate).</source>
        <translation>На принятые изделия теперь можно оформить удостоверение о качестве.</translation>
    </message>
    <message>
        <source>Decision on quality and reliability</source>
        <translation>Решение по вопросам качества и надежности</translation>
    </message>
    <message>
        <source>Who at the plant implements it</source>
        <translation>Кто на предприятии выполняет</translation>
    </message>
    <message>
        <source>Not for one item</source>
        <translation>Не по одной позиции</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Проверка выполнения</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, просрочено</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <source>Decisions on quality and reliability</source>
        <translation>Решения по вопросам качества и надежности</translation>
    </message>
    <message>
        <source>Storage checks of accepted lots</source>
        <translation>Проверки хранения принятых партий</translation>
    </message>
    <message>
        <source>New decision…</source>
        <translation>Новое решение…</translation>
    </message>
    <message>
        <source>Implemented…</source>
        <translation>Выполнено…</translation>
    </message>
    <message>
        <source>Cancel decision…</source>
        <translation>Отменить решение…</translation>
    </message>
    <message>
        <source>Record a check…</source>
        <translation>Записать проверку…</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <source>Disposition of the nonconformity</source>
        <translation>Решение по несоответствию</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Concession No.</source>
        <translation>№ разрешения на отступление</translation>
    </message>
    <message>
        <source>Concession expires</source>
        <translation>Разрешение действует до</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
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
        <translation>Подготовка: {document}…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF the documents of this record</source>
        <translation>Просмотр, печать или сохранение в PDF документов этой записи</translation>
    </message>
    <message>
        <source>This record has no printed document yet</source>
        <translation>У этой записи пока нет печатного документа</translation>
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
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong that milrep did not expect.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Nothing already stored has been lost: the action was undone. If it happens again, show the details below to your administrator.</source>
        <translation>&lt;b&gt;В работе milrep произошел непредвиденный сбой.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Ранее сохраненные данные не потеряны: действие отменено. Если ошибка повторится, покажите подробности ниже администратору.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Показать подробности</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Скрыть подробности</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохраненные изменения</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
</context>
<context>
    <name>InspectionWindow</name>
    <message>
        <source>No inspection</source>
        <translation>Контроля нет</translation>
    </message>
    <message>
        <source>Notice {number} is “{status}”: it has no inspection.</source>
        <translation>Извещение {number} в статусе «{status}»: контроля по нему нет.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Instrument for every measured row:</source>
        <translation>Средство измерений для всех измеряемых строк:</translation>
    </message>
    <message>
        <source>Verdict of the rules</source>
        <translation>Заключение по правилам</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Комплектность</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Требуется</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Фактически</translation>
    </message>
    <message>
        <source>Photos and scans</source>
        <translation>Фото и сканы</translation>
    </message>
    <message>
        <source>Add photo or scan…</source>
        <translation>Добавить фото или скан…</translation>
    </message>
    <message>
        <source>Decide and sign…</source>
        <translation>Принять решение и подписать…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Raise nonconformity…</source>
        <translation>Зарегистрировать несоответствие…</translation>
    </message>
    <message>
        <source>Raise a nonconformity from the characteristic of the current row (its out-of-limit results are proposed as the description)</source>
        <translation>Зарегистрировать несоответствие по характеристике текущей строки (её результаты, выходящие за допустимые пределы, предлагаются в качестве описания)</translation>
    </message>
    <message>
        <source>Type a value and press Enter or Tab to go to the next cell. Each value is saved at once; red: out of limits; amber: not saved (see the message).</source>
        <translation>Введите значение и нажмите Enter или Tab, чтобы перейти к следующей ячейке. Каждое значение сохраняется сразу; красный — вне пределов; желтый — не сохранено (см. сообщение).</translation>
    </message>
    <message>
        <source>Inspection of notice {number}</source>
        <translation>Контроль по извещению {number}</translation>
    </message>
    <message>
        <source>{item}, lot {lot}</source>
        <translation>{item}, партия {lot}</translation>
    </message>
    <message>
        <source>every unit ({n})</source>
        <translation>все единицы ({n})</translation>
    </message>
    <message>
        <source>sample of {n} of {qty}</source>
        <translation>выборка {n} из {qty}</translation>
    </message>
    <message>
        <source>Notice {number}</source>
        <translation>Извещение {number}</translation>
    </message>
    <message>
        <source>re-test of what failed</source>
        <translation>повторная проверка несоответствовавшего</translation>
    </message>
    <message>
        <source>{value} on {unit}</source>
        <translation>{value} ({unit})</translation>
    </message>
    <message>
        <source>sample {n}</source>
        <translation>образец {n}</translation>
    </message>
    <message>
        <source>{name}: {found} (required {limits})</source>
        <translation>{name}: {found} (требуется {limits})</translation>
    </message>
    <message>
        <source>{name} — lot {lot}, notice {notice}</source>
        <translation>{name} — партия {lot}, извещение {notice}</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решение принято</translation>
    </message>
    <message>
        <source>No verdict yet</source>
        <translation>Заключения пока нет</translation>
    </message>
    <message>
        <source>{severity}: {d} nonconforming of {n} (each unit judged)</source>
        <translation>{severity}: несоответствующих {d} из {n} (оценивается каждая единица)</translation>
    </message>
    <message>
        <source>{severity}: {d} nonconforming of {n} (Ac {ac}, Re {re})</source>
        <translation>{severity}: несоответствующих {d} из {n} (Ac {ac}, Re {re})</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Не сохранено: {message}</translation>
    </message>
    <message>
        <source>Add a photo or scan</source>
        <translation>Добавление фото или скана</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
        <translation>Фото и сканы (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Adding {name}</source>
        <translation>Добавление {name}</translation>
    </message>
    <message>
        <source>Some values are not saved (amber): correct them before deciding.</source>
        <translation>Некоторые значения не сохранены (желтые): исправьте их, прежде чем принимать решение.</translation>
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
        <translation>Исключение средства измерений из реестра</translation>
    </message>
    <message>
        <source>Register a measuring instrument</source>
        <translation>Регистрация средства измерений</translation>
    </message>
    <message>
        <source>Measuring instrument</source>
        <translation>Средство измерений</translation>
    </message>
    <message>
        <source>e.g. Wattmeter M3-93</source>
        <translation>например, Ваттметр М3-93</translation>
    </message>
    <message>
        <source>e.g. 0.1–100 W</source>
        <translation>например, 0,1–100 Вт</translation>
    </message>
    <message>
        <source>Calibration certificate No.</source>
        <translation>№ сертификата калибровки</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Средство измерений</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>Заводской №</translation>
    </message>
    <message>
        <source>Measuring range</source>
        <translation>Диапазон измерений</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>Calibrated on</source>
        <translation>Дата калибровки</translation>
    </message>
    <message>
        <source>Next calibration due</source>
        <translation>Срок следующей калибровки</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Свидетельство о поверке</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место нахождения</translation>
    </message>
    <message>
        <source>Valid through the due date inclusive; from the next day a measurement with it is refused.</source>
        <translation>Действительно по указанную дату включительно; со следующего дня измерения им не принимаются.</translation>
    </message>
    <message>
        <source>New calibration</source>
        <translation>Новая калибровка</translation>
    </message>
    <message>
        <source>Enter the dates and certificate of a new calibration</source>
        <translation>Внести даты и сертификат новой калибровки</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Исключить из реестра</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>{name} No. {serial}</source>
        <translation>{name} № {serial}</translation>
    </message>
    <message>
        <source>Retired from the register; kept because measurements name it.</source>
        <translation>Исключено из реестра; сохраняется, так как на него ссылаются измерения.</translation>
    </message>
    <message>
        <source>Calibration expired on {due} ({n} days ago): measurements with it are refused until a new calibration is entered.</source>
        <translation>Срок калибровки истек {due} (дней назад: {n}): измерения им не принимаются, пока не внесена новая калибровка.</translation>
    </message>
    <message>
        <source>Calibration due on {due}: {n} days left.</source>
        <translation>Срок калибровки {due}: осталось дней — {n}.</translation>
    </message>
    <message>
        <source>Calibrated, valid until {due}.</source>
        <translation>Откалибровано, действительно до {due}.</translation>
    </message>
    <message>
        <source>Retire {name} No. {serial}? It stays in the register, but no measurement can be recorded with it.</source>
        <translation>Исключить {name} № {serial} из реестра? Запись остается в реестре, но измерения им записывать будет нельзя.</translation>
    </message>
</context>
<context>
    <name>InstrumentsView</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочена</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действительна</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Средства измерений</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Показывать исключенные</translation>
    </message>
    <message>
        <source>{n} in the register</source>
        <translation>В реестре: {n}</translation>
    </message>
    <message>
        <source>{n} in use</source>
        <translation>В работе: {n}</translation>
    </message>
    <message>
        <source>No instrument matches</source>
        <translation>Средства измерений не найдены</translation>
    </message>
    <message>
        <source>Try part of the name, serial number or location.</source>
        <translation>Введите часть наименования, заводского номера или места нахождения.</translation>
    </message>
    <message>
        <source>No measuring instruments yet</source>
        <translation>Средств измерений пока нет</translation>
    </message>
    <message>
        <source>Register the instruments measurements are taken with and their calibration: a measurement with an instrument out of calibration is refused.</source>
        <translation>Зарегистрируйте средства измерений, которыми выполняются измерения, и их калибровку: измерение средством с истекшей калибровкой не принимается.</translation>
    </message>
    <message>
        <source>Register an instrument</source>
        <translation>Зарегистрировать средство измерений</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>New control-list item</source>
        <translation>Новая позиция перечня</translation>
    </message>
    <message>
        <source>Control-list item</source>
        <translation>Позиция перечня</translation>
    </message>
    <message>
        <source>rev.</source>
        <translation>ред.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Nomenclature code</source>
        <translation>Код номенклатуры</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>ед. изм.</translation>
    </message>
    <message>
        <source>Delivery by</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <source>Technical documentation (TU)</source>
        <translation>Техническая документация (ТУ)</translation>
    </message>
    <message>
        <source>Operational requirement (TTZ)</source>
        <translation>Тактико-техническое задание (ТТЗ)</translation>
    </message>
    <message>
        <source>National standards
(one per line)</source>
        <translation>Национальные стандарты
(по одному в строке)</translation>
    </message>
    <message>
        <source>Required tests
(one per line)</source>
        <translation>Обязательные испытания
(по одному в строке)</translation>
    </message>
    <message>
        <source>Approved by document</source>
        <translation>Документ об утверждении</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Дата утверждения</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Кем утверждено</translation>
    </message>
    <message>
        <source>Requirements…</source>
        <translation>Требования…</translation>
    </message>
    <message>
        <source>Characteristics to check, completeness, sampling plan and periodic tests</source>
        <translation>Проверяемые характеристики, комплектность, план выборочного контроля и периодические испытания</translation>
    </message>
    <message>
        <source>Control-list item {code}</source>
        <translation>Позиция перечня {code}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose the contract.</source>
        <translation>Выберите договор.</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Find an item…</source>
        <translation>Найти позицию…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Другие действия</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation>Добавить запись (Ctrl+N)</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>Найдено: {n}</translation>
    </message>
    <message>
        <source>not searched in a list this long (type at least 3 letters): {words}</source>
        <translation>в таком длинном списке не ищется (введите не менее 3 букв): {words}</translation>
    </message>
    <message>
        <source>{n} in total</source>
        <translation>Всего: {n}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>milrep — unlock</source>
        <translation>milrep — разблокировка</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>Рабочее место заблокировано</translation>
    </message>
    <message>
        <source>Open the office database</source>
        <translation>Вход в базу данных ВП</translation>
    </message>
    <message>
        <source>The database is encrypted. Enter your password to continue where you left off.</source>
        <translation>База данных зашифрована. Введите пароль, чтобы продолжить работу с того места, где вы остановились.</translation>
    </message>
    <message>
        <source>The database and its key file are encrypted: open them with your user name and password, or with the office&apos;s recovery code.</source>
        <translation>База данных и ее файл ключей зашифрованы: откройте их, указав имя пользователя и пароль, или с помощью кода восстановления ВП.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Forgot the password? Use the recovery code</source>
        <translation>Забыли пароль? Код восстановления</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>Unlocking the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>The new password of {user} is set. Sign in with it now.</source>
        <translation>Новый пароль пользователя {user} установлен. Войдите с ним.</translation>
    </message>
    <message>
        <source>Open office database</source>
        <translation>Открыть базу данных военного представительства</translation>
    </message>
    <message>
        <source>milrep databases (*.milrep);;All files (*)</source>
        <translation>Базы данных milrep (*.milrep);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>LotUnitsDialog</name>
    <message>
        <source>Lot {number}</source>
        <translation>Партия {number}</translation>
    </message>
    <message>
        <source>{item} · lot {number}</source>
        <translation>{item} · партия {number}</translation>
    </message>
    <message>
        <source>{n} units with serial numbers</source>
        <translation>Единиц с заводскими номерами: {n}</translation>
    </message>
    <message>
        <source>Registered by quantity: no serial numbers.</source>
        <translation>Зарегистрирована по количеству: заводских номеров нет.</translation>
    </message>
</context>
<context>
    <name>LotsView</name>
    <message>
        <source>Lots</source>
        <translation>Партии</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Все позиции</translation>
    </message>
    <message>
        <source>Register lot</source>
        <translation>Зарегистрировать партию</translation>
    </message>
    <message>
        <source>Register a lot with its serial numbers (Ctrl+N)</source>
        <translation>Зарегистрировать партию с заводскими номерами (Ctrl+N)</translation>
    </message>
    <message>
        <source>No lot matches</source>
        <translation>Партии не найдены</translation>
    </message>
    <message>
        <source>Try another lot number or all items.</source>
        <translation>Введите другой номер партии или выберите все позиции.</translation>
    </message>
    <message>
        <source>No lots yet</source>
        <translation>Партий пока нет</translation>
    </message>
    <message>
        <source>Register the lots the plant makes under a control-list item, with their serial numbers, before they are presented.</source>
        <translation>Регистрируйте партии, изготавливаемые предприятием по позиции перечня, с их заводскими номерами до предъявления.</translation>
    </message>
    <message>
        <source>Register a lot</source>
        <translation>Регистрация партии</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>milrep — office {code}</source>
        <translation>milrep — ВП {code}</translation>
    </message>
    <message>
        <source>{area} (Ctrl+{n})</source>
        <translation>{area} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Office {code}</source>
        <translation>ВП {code}</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>Office {code}: {name}</source>
        <translation>ВП {code}: {name}</translation>
    </message>
    <message>
        <source>Workstation {code} ({name})</source>
        <translation>Рабочее место {code} ({name})</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Зашифровано</translation>
    </message>
    <message>
        <source>Encrypted (SQLCipher): {path}</source>
        <translation>Зашифровано (SQLCipher): {path}</translation>
    </message>
    <message>
        <source>{n} failed sign-in attempts since your last sign-in.</source>
        <translation>Неудачных попыток входа с момента вашего последнего входа: {n}.</translation>
    </message>
    <message>
        <source>The last one: {when}.</source>
        <translation>Последняя: {when}.</translation>
    </message>
    <message>
        <source>If it was not you, tell the head of office.</source>
        <translation>Если это были не вы, сообщите начальнику ВП.</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Неудачные попытки входа</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>Monthly report</source>
        <translation>Ежемесячный отчёт</translation>
    </message>
    <message>
        <source>The office&apos;s report to headquarters for one month: presentations, acceptances, returns, suspensions, certificates, reclamations and assets, with the reliability figures of the month and the trend of the twelve months ending with it.</source>
        <translation>Отчёт военного представительства вышестоящему органу за месяц: предъявления, приёмка, возвраты, приостановления, удостоверения о качестве, рекламации и материальные ценности, с показателями надёжности за месяц и динамикой за двенадцать месяцев, завершающихся им.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Просмотр и печать…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Выгрузить в XLSX…</translation>
    </message>
    <message>
        <source>Monthly report {month}</source>
        <translation>Ежемесячный отчёт за {month}</translation>
    </message>
    <message>
        <source>Preparing the monthly report…</source>
        <translation>Подготовка ежемесячного отчёта…</translation>
    </message>
    <message>
        <source>Export the monthly report</source>
        <translation>Выгрузка ежемесячного отчёта</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <source>Exporting the monthly report…</source>
        <translation>Выгрузка ежемесячного отчёта…</translation>
    </message>
</context>
<context>
    <name>MovementDialog</name>
    <message>
        <source>Record a movement of {number}</source>
        <translation>Запись движения: {number}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>New responsible person</source>
        <translation>Новое ответственное лицо</translation>
    </message>
    <message>
        <source>Document No.</source>
        <translation>№ документа</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Grounds (required)</source>
        <translation>Основание (обязательно)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; {name}&lt;br&gt;Balance now: {balance} {unit}{places}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; {name}&lt;br&gt;Текущий остаток: {balance} {unit}{places}</translation>
    </message>
</context>
<context>
    <name>NonconformitiesView</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Значительный</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Малозначительный</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Несоответствия</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Открытые и закрытые</translation>
    </message>
    <message>
        <source>Work on it</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Raise…</source>
        <translation>Зарегистрировать…</translation>
    </message>
    <message>
        <source>Disposition…</source>
        <translation>Решение…</translation>
    </message>
    <message>
        <source>Corrective action…</source>
        <translation>Корректирующее действие…</translation>
    </message>
    <message>
        <source>Verify effect…</source>
        <translation>Проверить результативность…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>No nonconformity matches</source>
        <translation>Несоответствия не найдены</translation>
    </message>
    <message>
        <source>Try fewer words or another status.</source>
        <translation>Сократите запрос или выберите другой статус.</translation>
    </message>
    <message>
        <source>No nonconformities</source>
        <translation>Несоответствий нет</translation>
    </message>
    <message>
        <source>Nonconformities are raised from failed characteristics of an inspection, or here by hand.</source>
        <translation>Несоответствия регистрируются по несоответствующим характеристикам при контроле или здесь вручную.</translation>
    </message>
    <message>
        <source>Raise a nonconformity</source>
        <translation>Регистрация несоответствия</translation>
    </message>
</context>
<context>
    <name>OfficeDuties</name>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Cost verification</source>
        <translation>Проверка затрат</translation>
    </message>
    <message>
        <source>No verification matches</source>
        <translation>Проверки не найдены</translation>
    </message>
    <message>
        <source>Try part of the contract number or what is verified.</source>
        <translation>Введите часть номера договора или предмета проверки.</translation>
    </message>
    <message>
        <source>No cost verification yet</source>
        <translation>Проверок затрат пока нет</translation>
    </message>
    <message>
        <source>Verify the actual costs a contractor claims, item by item: verified and disputed amounts, documents, a signed conclusion.</source>
        <translation>Проверка фактических затрат, заявленных исполнителем, по статьям: подтверждённые и оспариваемые суммы, документы, подписанное заключение.</translation>
    </message>
    <message>
        <source>Verify costs</source>
        <translation>Проверить затраты</translation>
    </message>
    <message>
        <source>Choose a contract</source>
        <translation>Выберите договор</translation>
    </message>
    <message>
        <source>e.g. actual costs of stage 1</source>
        <translation>например, фактические затраты по этапу 1</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>What is verified</source>
        <translation>Предмет проверки</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <source>Open the verification</source>
        <translation>Открыть проверку</translation>
    </message>
    <message>
        <source>Cost item</source>
        <translation>Статья затрат</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Claimed, ₸</source>
        <translation>Заявлено, ₸</translation>
    </message>
    <message>
        <source>Verified, ₸</source>
        <translation>Подтверждено, ₸</translation>
    </message>
    <message>
        <source>Disputed, ₸</source>
        <translation>Оспорено, ₸</translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation>Подтверждающие документы</translation>
    </message>
    <message>
        <source>Remarks (why disputed)</source>
        <translation>Замечания (причина оспаривания)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Добавить статью…</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Изменить статью…</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Удалить статью</translation>
    </message>
    <message>
        <source>The office&apos;s conclusion on the verified costs</source>
        <translation>Заключение военного представительства по проверенным затратам</translation>
    </message>
    <message>
        <source>Sign the conclusion…</source>
        <translation>Подписать заключение…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contract {number}&lt;/b&gt; — {subject}; opened {date}</source>
        <translation>&lt;b&gt;Договор {number}&lt;/b&gt; — {subject}; проверка открыта {date}</translation>
    </message>
    <message>
        <source>Claimed {claimed} ₸ · verified {verified} ₸ · disputed {disputed} ₸</source>
        <translation>Заявлено {claimed} ₸ · подтверждено {verified} ₸ · оспорено {disputed} ₸</translation>
    </message>
    <message>
        <source>still to verify {amount} ₸</source>
        <translation>осталось проверить {amount} ₸</translation>
    </message>
    <message>
        <source>conclusion No. {number}</source>
        <translation>заключение № {number}</translation>
    </message>
    <message>
        <source>Conclusion on the costs of contract {number}: claimed {claimed} ₸, verified {verified} ₸, disputed {disputed} ₸</source>
        <translation>Заключение по затратам по договору {number}: заявлено {claimed} ₸, подтверждено {verified} ₸, оспорено {disputed} ₸</translation>
    </message>
    <message>
        <source>Documents and standards</source>
        <translation>Документация и стандарты</translation>
    </message>
    <message>
        <source>{item}: {characteristic} — {document} rev. {revision} cl. {clause} is {status} (current: {current})</source>
        <translation>{item}: {characteristic} — {document}, ред. {revision}, п. {clause}: {status} (действующая: {current})</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… и ещё {n}</translation>
    </message>
    <message>
        <source>Inspection requirements reference a revision that is no longer current:</source>
        <translation>Требования к контролю ссылаются на редакцию, которая больше не действует:</translation>
    </message>
    <message>
        <source>No document matches</source>
        <translation>Документы не найдены</translation>
    </message>
    <message>
        <source>Try part of the designation or title.</source>
        <translation>Введите часть обозначения или наименования.</translation>
    </message>
    <message>
        <source>The register is empty</source>
        <translation>Реестр пуст</translation>
    </message>
    <message>
        <source>Register technical conditions, drawings, test programmes and national standards with their revisions, so requirements can reference the exact revision and clause.</source>
        <translation>Регистрируйте технические условия, чертежи, программы испытаний и национальные стандарты с их редакциями, чтобы требования ссылались на конкретную редакцию и пункт.</translation>
    </message>
    <message>
        <source>Register a document</source>
        <translation>Зарегистрировать документ</translation>
    </message>
    <message>
        <source>Technical document</source>
        <translation>Технический документ</translation>
    </message>
    <message>
        <source>(not one contract)</source>
        <translation>(без привязки к договору)</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Remarks of the office</source>
        <translation>Замечания военного представительства</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Referenced by</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>new revision</source>
        <translation>новая редакция</translation>
    </message>
    <message>
        <source>what changed / why cancelled</source>
        <translation>что изменено / причина отмены</translation>
    </message>
    <message>
        <source>Add revision</source>
        <translation>Добавить редакцию</translation>
    </message>
    <message>
        <source>Cancel revision</source>
        <translation>Отменить редакцию</translation>
    </message>
    <message>
        <source>Make current</source>
        <translation>Сделать действующей</translation>
    </message>
    <message>
        <source>Link a requirement…</source>
        <translation>Связать требование…</translation>
    </message>
    <message>
        <source>Check an inspection requirement against the selected (current) revision and a clause of it</source>
        <translation>Сверить требование к контролю с выбранной (действующей) редакцией и её пунктом</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revisions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Редакции&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Link a requirement to {document} rev. {revision}</source>
        <translation>Связать требование с документом {document}, ред. {revision}</translation>
    </message>
    <message>
        <source>Choose a requirement</source>
        <translation>Выберите требование</translation>
    </message>
    <message>
        <source>e.g. 3.2.1</source>
        <translation>например, 3.2.1</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <source>Agreed with remarks</source>
        <translation>Согласовано с замечаниями</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Не согласовано</translation>
    </message>
    <message>
        <source>Contract reviews</source>
        <translation>Рассмотрение проектов договоров</translation>
    </message>
    <message>
        <source>No review matches</source>
        <translation>Рассмотрения не найдены</translation>
    </message>
    <message>
        <source>Try part of the contract number or subject.</source>
        <translation>Введите часть номера или предмета договора.</translation>
    </message>
    <message>
        <source>No draft contract reviewed yet</source>
        <translation>Проекты договоров ещё не рассматривались</translation>
    </message>
    <message>
        <source>Check a draft contract against every term Article 22.4 requires, note remarks and sign the office&apos;s conclusion.</source>
        <translation>Проверьте наличие в проекте договора всех условий, требуемых статьёй 22.4, внесите замечания и подпишите заключение военного представительства.</translation>
    </message>
    <message>
        <source>Review a draft contract</source>
        <translation>Рассмотреть проект договора</translation>
    </message>
    <message>
        <source>Choose a draft contract</source>
        <translation>Выберите проект договора</translation>
    </message>
    <message>
        <source>e.g. MoD letter 12/1187, draft version 2</source>
        <translation>например, письмо МО 12/1187, проект в редакции 2</translation>
    </message>
    <message>
        <source>Draft contract</source>
        <translation>Проект договора</translation>
    </message>
    <message>
        <source>Review opened</source>
        <translation>Дата начала рассмотрения</translation>
    </message>
    <message>
        <source>Draft as received</source>
        <translation>Поступивший проект</translation>
    </message>
    <message>
        <source>Open the review</source>
        <translation>Начать рассмотрение</translation>
    </message>
    <message>
        <source>As the contract&apos;s record says</source>
        <translation>Как указано в записи договора</translation>
    </message>
    <message>
        <source>Present in the draft</source>
        <translation>Есть в проекте</translation>
    </message>
    <message>
        <source>Missing from the draft</source>
        <translation>Отсутствует в проекте</translation>
    </message>
    <message>
        <source>Not applicable (an advance only)</source>
        <translation>Не применяется (только аванс)</translation>
    </message>
    <message>
        <source>clause of the draft</source>
        <translation>пункт проекта</translation>
    </message>
    <message>
        <source>remark</source>
        <translation>замечание</translation>
    </message>
    <message>
        <source>Apply to the term</source>
        <translation>Применить к условию</translation>
    </message>
    <message>
        <source>Save remarks</source>
        <translation>Сохранить замечания</translation>
    </message>
    <message>
        <source>The office&apos;s conclusion on the draft</source>
        <translation>Заключение военного представительства по проекту</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Review of a draft contract</source>
        <translation>Рассмотрение проекта договора</translation>
    </message>
    <message>
        <source>Term of Article 22.4</source>
        <translation>Условие статьи 22.4</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Draft clause</source>
        <translation>Пункт проекта</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contract {number}&lt;/b&gt; — draft as received: {ref}; review opened {date}</source>
        <translation>&lt;b&gt;Договор {number}&lt;/b&gt; — поступивший проект: {ref}; рассмотрение начато {date}</translation>
    </message>
    <message>
        <source>record</source>
        <translation>данные учёта</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>проверяющий</translation>
    </message>
    <message>
        <source>Still to check: {terms}</source>
        <translation>Осталось проверить: {terms}</translation>
    </message>
    <message>
        <source>{verdict} — conclusion No. {number}</source>
        <translation>{verdict} — заключение № {number}</translation>
    </message>
    <message>
        <source>So far: {verdict}</source>
        <translation>Предварительно: {verdict}</translation>
    </message>
    <message>
        <source>Conclusion on the draft of contract {number}: {verdict}</source>
        <translation>Заключение по проекту договора {number}: {verdict}</translation>
    </message>
    <message>
        <source>Secrecy measures</source>
        <translation>Меры защиты государственных секретов</translation>
    </message>
    <message>
        <source>No measure matches</source>
        <translation>Меры не найдены</translation>
    </message>
    <message>
        <source>Try part of the contract number or the measure.</source>
        <translation>Введите часть номера договора или названия меры.</translation>
    </message>
    <message>
        <source>No protection measure evaluated yet</source>
        <translation>Меры защиты ещё не оценивались</translation>
    </message>
    <message>
        <source>Record the state-secret protection measures evaluated with the contractor for a classified contract.</source>
        <translation>Регистрируйте меры защиты государственных секретов, оценённые совместно с исполнителем по секретному договору.</translation>
    </message>
    <message>
        <source>Record a measure</source>
        <translation>Зарегистрировать меру</translation>
    </message>
    <message>
        <source>Protection measure</source>
        <translation>Мера защиты</translation>
    </message>
    <message>
        <source>Choose a classified contract</source>
        <translation>Выберите секретный договор</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Следующая проверка</translation>
    </message>
</context>
<context>
    <name>OfficeDutiesView</name>
    <message>
        <source>Office duties</source>
        <translation>Обязанности военного представительства</translation>
    </message>
</context>
<context>
    <name>OpenInspection</name>
    <message>
        <source>Open the inspection of notice {number}</source>
        <translation>Открытие контроля по извещению {number}</translation>
    </message>
    <message>
        <source>Notice {number} of {date}: quantity {qty}, {attempt}.</source>
        <translation>Извещение {number} от {date}: количество {qty}, {attempt}.</translation>
    </message>
    <message>
        <source>Kind of inspection</source>
        <translation>Вид контроля</translation>
    </message>
    <message>
        <source>Re-test</source>
        <translation>Повторная проверка</translation>
    </message>
    <message>
        <source>Re-test only what failed at the last return</source>
        <translation>Повторно проверить только то, что не соответствовало при последнем возврате</translation>
    </message>
    <message>
        <source>Open inspection</source>
        <translation>Открыть контроль</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>Opinion on the test results</source>
        <translation>Заключение по результатам испытаний</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Подписать…</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Подождите…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>— (dd.mm.yyyy)</source>
        <translation>— (дд.мм.гггг)</translation>
    </message>
    <message>
        <source>Type the date as dd.mm.yyyy or pick it on the calendar; Delete leaves it empty.</source>
        <translation>Введите дату в формате дд.мм.гггг или выберите ее в календаре; клавиша Delete оставляет поле пустым.</translation>
    </message>
    <message>
        <source>Pick on the calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>“{text}” is not a date: type it as dd.mm.yyyy, e.g. 31.12.2026, or leave the field empty.</source>
        <translation>«{text}» — не дата: введите ее в формате дд.мм.гггг, например 31.12.2026, или оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>OrganizationChoice</name>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Add an organization and choose it here</source>
        <translation>Добавить организацию и выбрать ее здесь</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>New organization</source>
        <translation>Новая организация</translation>
    </message>
    <message>
        <source>Organization {name}</source>
        <translation>Организация {name}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>The contractor executes the state defense order; its 12-digit business identification number (BIN) is required.</source>
        <translation>Исполнитель выполняет государственный оборонный заказ; его 12-значный бизнес-идентификационный номер (БИН) обязателен.</translation>
    </message>
    <message>
        <source>A recipient (a military unit or state body) receives the goods on the basis of the office&apos;s quality certificate. BIN if known.</source>
        <translation>Получатель ГОЗ (воинская часть или государственный орган) получает продукцию на основании удостоверения военного представительства, подтверждающего качество. БИН — если известен.</translation>
    </message>
    <message>
        <source>The authorized body (e.g. the Ministry of Defense) places the order and approves control lists. BIN if known.</source>
        <translation>Уполномоченный орган (например, Министерство обороны) размещает заказ и утверждает перечни. БИН — если известен.</translation>
    </message>
</context>
<context>
    <name>Organizations</name>
    <message>
        <source>Contractor</source>
        <translation>Исполнитель ГОЗ</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель ГОЗ</translation>
    </message>
    <message>
        <source>Authorized body</source>
        <translation>Уполномоченный орган</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <source>Organizations</source>
        <translation>Организации</translation>
    </message>
    <message>
        <source>Search name, BIN, address (Ctrl+F)</source>
        <translation>Поиск по наименованию, БИН, адресу (Ctrl+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Add an organization (Ctrl+N)</source>
        <translation>Добавить организацию (Ctrl+N)</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} из {total}</translation>
    </message>
    <message>
        <source>{n} in total</source>
        <translation>Всего: {n}</translation>
    </message>
    <message>
        <source>No organization matches</source>
        <translation>Организации не найдены</translation>
    </message>
    <message>
        <source>Try fewer words or another kind.</source>
        <translation>Сократите запрос или выберите другой тип.</translation>
    </message>
    <message>
        <source>No organizations yet</source>
        <translation>Организаций пока нет</translation>
    </message>
    <message>
        <source>Add the contractor (the plant, with its BIN), the authorized body and the recipients: every contract names them.</source>
        <translation>Добавьте исполнителя ГОЗ (предприятие с его БИН), уполномоченный орган и получателей ГОЗ: они указываются в каждом договоре.</translation>
    </message>
    <message>
        <source>Add the first organization</source>
        <translation>Добавить первую организацию</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>PasswordFeedback</name>
    <message>
        <source>At least 10 characters, letters and digits, not containing the user name.</source>
        <translation>Не менее 10 символов, буквы и цифры, без имени пользователя.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Введенные значения не совпадают.</translation>
    </message>
    <message>
        <source>The password meets the office&apos;s rules.</source>
        <translation>Пароль соответствует правилам военного представительства.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Page {n}…</source>
        <translation>Страница {n}…</translation>
    </message>
    <message>
        <source>{title} — print preview</source>
        <translation>{title} — предварительный просмотр</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print on paper (Ctrl+P)</source>
        <translation>Печать на бумаге (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation>Сохранить документ в файл PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Первая страница</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Последняя страница</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Уменьшить (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Чтение документа…</translation>
    </message>
    <message>
        <source>This document has no pages to show.</source>
        <translation>В этом документе нет страниц для показа.</translation>
    </message>
    <message>
        <source>Page {n} could not be drawn.</source>
        <translation>Не удалось отобразить страницу {n}.</translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation>из {n}</translation>
    </message>
    <message>
        <source>Pages: {n} · paper {paper}</source>
        <translation>Страниц: {n} · бумага {paper}</translation>
    </message>
    <message>
        <source>drawing the pages…</source>
        <translation>отрисовка страниц…</translation>
    </message>
    <message>
        <source>Sent to {printer}. Pages: {n}.</source>
        <translation>Отправлено на {printer}. Страниц: {n}.</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
</context>
<context>
    <name>PrintRun</name>
    <message>
        <source>Preparing “{title}”…</source>
        <translation>Подготовка «{title}»…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>Остановка после этой страницы…</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Document {n} of {total}, page {page} of {pages}</source>
        <translation>Документ {n} из {total}, страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Printing “{title}”</source>
        <translation>Печать «{title}»</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Печать отменена.</translation>
    </message>
    <message>
        <source>Not printed:</source>
        <translation>Не напечатано:</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {pages}. Documents printed in full: {printed} of {total}.</source>
        <translation>Страниц отправлено на принтер: {pages}. Документов напечатано полностью: {printed} из {total}.</translation>
    </message>
    <message>
        <source>“{title}” was stopped part-way.</source>
        <translation>Печать «{title}» прервана на середине.</translation>
    </message>
    <message>
        <source>the document could not be prepared (see the log)</source>
        <translation>не удалось подготовить документ (см. журнал)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The document cannot be read: it is not a valid PDF ({reason}).</source>
        <translation>Не удаётся прочитать документ: это недопустимый файл PDF ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} could not be written. Check that the folder exists, that you may write in it and that the disk is not full.</source>
        <translation>Не удалось записать файл {path}. Проверьте, что папка существует, у вас есть право записи в неё и диск не заполнен.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>принтер</translation>
    </message>
    <message>
        <source>Printing could not start on {printer}. Check that it is switched on and connected, or choose another printer.</source>
        <translation>Не удалось начать печать на {printer}. Проверьте, что принтер включён и подключён, или выберите другой принтер.</translation>
    </message>
    <message>
        <source>{printer} stopped accepting pages. Check the printer (paper, toner, cable) and print again.</source>
        <translation>{printer} перестал принимать страницы. Проверьте принтер (бумага, тонер, кабель) и повторите печать.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить как PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Сохранение {name}…</translation>
    </message>
</context>
<context>
    <name>QualityBlock</name>
    <message>
        <source>Suspensions and quality</source>
        <translation>Приостановления и качество</translation>
    </message>
    <message>
        <source>Suspensions in force</source>
        <translation>Действующие приостановления</translation>
    </message>
    <message>
        <source>Periodic tests due</source>
        <translation>Предстоящие периодические испытания</translation>
    </message>
    <message>
        <source>Open nonconformities</source>
        <translation>Открытые несоответствия</translation>
    </message>
    <message>
        <source>Overdue quality decisions</source>
        <translation>Просроченные решения по качеству</translation>
    </message>
    <message>
        <source>Periodic tests due ({n} overdue)</source>
        <translation>Предстоящие периодические испытания (просрочено: {n})</translation>
    </message>
    <message>
        <source>Suspension {number} in force since {date}: {what}</source>
        <translation>Приостановление {number} действует с {date}: {what}</translation>
    </message>
    <message>
        <source>Periodic test of {item} ({contract}) is due</source>
        <translation>Наступил срок периодических испытаний: {item} ({contract})</translation>
    </message>
    <message>
        <source>Periodic test of {item} ({contract}) overdue since {date}</source>
        <translation>Периодические испытания {item} ({contract}) просрочены с {date}</translation>
    </message>
    <message>
        <source>Periodic test of {item} ({contract}) due on {date}</source>
        <translation>Периодические испытания {item} ({contract}) — срок {date}</translation>
    </message>
    <message>
        <source>Decision &quot;{title}&quot; ({owner}) overdue since {date}</source>
        <translation>Решение «{title}» ({owner}) просрочено с {date}</translation>
    </message>
</context>
<context>
    <name>QualityForms</name>
    <message>
        <source>The document was not signed.</source>
        <translation>Документ не подписан.</translation>
    </message>
</context>
<context>
    <name>QualityView</name>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Несоответствия</translation>
    </message>
    <message>
        <source>Decisions and storage checks</source>
        <translation>Решения и проверки хранения</translation>
    </message>
</context>
<context>
    <name>RaiseDialog</name>
    <message>
        <source>Raise a nonconformity</source>
        <translation>Регистрация несоответствия</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>The item as a whole</source>
        <translation>Позиция в целом</translation>
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
        <translation>По результатам контроля</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Raise</source>
        <translation>Зарегистрировать</translation>
    </message>
</context>
<context>
    <name>ReclamationForms</name>
    <message>
        <source>Register a defect notification</source>
        <translation>Регистрация уведомления о дефекте</translation>
    </message>
    <message>
        <source>A defect found within the warranty period, reported by the recipient (Article 29.1). The warranty starts from the lot&apos;s certificate or acceptance when this database has one; otherwise enter its start.</source>
        <translation>Дефект, выявленный в течение гарантийного срока, о котором сообщил получатель (статья 29.1). Гарантийный срок исчисляется с даты удостоверения о качестве или приёмки партии, если они есть в этой базе данных; в противном случае введите дату его начала.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>No lot</source>
        <translation>Без партии</translation>
    </message>
    <message>
        <source>e.g. 0412, 0413</source>
        <translation>например, 0412, 0413</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Не указана</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Их исходящий номер</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
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
        <translation>Заводские номера</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>Дефект</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Характеристика</translation>
    </message>
    <message>
        <source>Defect found on</source>
        <translation>Дата обнаружения дефекта</translation>
    </message>
    <message>
        <source>Notification received on</source>
        <translation>Дата получения уведомления</translation>
    </message>
    <message>
        <source>Goods kept at</source>
        <translation>Место хранения продукции</translation>
    </message>
    <message>
        <source>Warranty period</source>
        <translation>Гарантийный срок</translation>
    </message>
    <message>
        <source>Warranty started on</source>
        <translation>Начало гарантии</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>The warranty starts on {date}, {basis}.</source>
        <translation>Начало гарантийного срока — {date} ({basis}).</translation>
    </message>
    <message>
        <source>No certificate or acceptance of this lot is recorded here: enter the start from the delivery documents.</source>
        <translation>Удостоверение о качестве или приёмка этой партии здесь не зарегистрированы: введите дату начала по документам поставки.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Введите дату.</translation>
    </message>
    <message>
        <source>Link suspension</source>
        <translation>Связь с приостановлением</translation>
    </message>
    <message>
        <source>Suspension {number} of this item for defects found in service is already in force. Link it to the reclamation?</source>
        <translation>Приостановление {number} по этой позиции в связи с дефектами, выявленными в эксплуатации, уже действует. Связать его с рекламацией?</translation>
    </message>
</context>
<context>
    <name>ReclamationWindow</name>
    <message>
        <source>Notification</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Remedy and closing</source>
        <translation>Устранение и закрытие</translation>
    </message>
    <message>
        <source>Propose suspension…</source>
        <translation>Предложить приостановление…</translation>
    </message>
    <message>
        <source>Goods in production have the same defect: suspend their acceptance and shipment (Article 27.4.8)</source>
        <translation>Изготавливаемая продукция имеет тот же дефект: приостановить её приёмку и отгрузку (статья 27.4.8)</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Добавить члена комиссии</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Исключить члена комиссии</translation>
    </message>
    <message>
        <source>Save the commission</source>
        <translation>Сохранить состав комиссии</translation>
    </message>
    <message>
        <source>Article 29.2: representatives of the recipient, the contractor and the military representative office establish the causes of the defect.</source>
        <translation>Статья 29.2: представители получателя, исполнителя и военного представительства устанавливают причины дефекта.</translation>
    </message>
    <message>
        <source>Formed on</source>
        <translation>Дата образования</translation>
    </message>
    <message>
        <source>Sign the findings…</source>
        <translation>Подписать заключение…</translation>
    </message>
    <message>
        <source>Findings dated</source>
        <translation>Дата заключения</translation>
    </message>
    <message>
        <source>Cause established</source>
        <translation>Установленная причина</translation>
    </message>
    <message>
        <source>What Article 29 gives these findings</source>
        <translation>Последствия заключения по статье 29</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не установлен</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Save the remedy</source>
        <translation>Сохранить способ устранения</translation>
    </message>
    <message>
        <source>Close the reclamation</source>
        <translation>Закрыть рекламацию</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Способ устранения</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Term (contract)</source>
        <translation>Срок (по договору)</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Reclamation {number}</source>
        <translation>Рекламация {number}</translation>
    </message>
    <message>
        <source>Reclamation {number} — {status}</source>
        <translation>Рекламация {number} — {status}</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
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
        <translation>Заводские номера</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>Дефект</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Характеристика</translation>
    </message>
    <message>
        <source>Defect found on</source>
        <translation>Дата обнаружения дефекта</translation>
    </message>
    <message>
        <source>Notification received on</source>
        <translation>Дата получения уведомления</translation>
    </message>
    <message>
        <source>Warranty (Article 29.1)</source>
        <translation>Гарантия (статья 29.1)</translation>
    </message>
    <message>
        <source>{months} months, {start} to {end} ({basis})</source>
        <translation>{months} мес., с {start} по {end} ({basis})</translation>
    </message>
    <message>
        <source>Goods kept at</source>
        <translation>Место хранения продукции</translation>
    </message>
    <message>
        <source>No penalty period: the contractor is not found at fault (yet).</source>
        <translation>Неустойка не начисляется: вина исполнителя (пока) не установлена.</translation>
    </message>
    <message>
        <source>No penalty period: the contractor is not at fault.</source>
        <translation>Неустойка не начисляется: исполнитель не виновен.</translation>
    </message>
    <message>
        <source>Penalty period (Article 29.6): {days} days from the notification</source>
        <translation>Период неустойки (статья 29.6): {days} дн. с даты уведомления</translation>
    </message>
    <message>
        <source>, still running</source>
        <translation>, продолжается</translation>
    </message>
    <message>
        <source>; the contract&apos;s term is {term} days</source>
        <translation>; срок по договору — {term} дн.</translation>
    </message>
    <message>
        <source> — overdue by {days} days</source>
        <translation> — просрочка {days} дн.</translation>
    </message>
    <message>
        <source>Suspension (Article 27.4.8): {number}</source>
        <translation>Приостановление (статья 27.4.8): {number}</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>Signed by {who} on {when}.</source>
        <translation>Подписано: {who}, {when}.</translation>
    </message>
    <message>
        <source>Remedies allowed: {remedies}</source>
        <translation>Допустимые способы устранения: {remedies}</translation>
    </message>
    <message>
        <source>The commission&apos;s findings decide the remedy.</source>
        <translation>Способ устранения определяется заключением комиссии.</translation>
    </message>
    <message>
        <source>The contractor is not at fault: no remedy at its expense; close the reclamation.</source>
        <translation>Исполнитель не виновен: устранение за его счёт не производится; закройте рекламацию.</translation>
    </message>
    <message>
        <source>The findings allow: {remedies}.</source>
        <translation>Заключение допускает: {remedies}.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Укажите дату.</translation>
    </message>
    <message>
        <source>Cause: {cause}</source>
        <translation>Причина: {cause}</translation>
    </message>
</context>
<context>
    <name>ReclamationsView</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Reclamations</source>
        <translation>Рекламации</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Только открытые</translation>
    </message>
    <message>
        <source>Propose suspension…</source>
        <translation>Предложить приостановление…</translation>
    </message>
    <message>
        <source>The findings say goods in production have the same defect: suspend their acceptance and shipment (Article 27.4.8)</source>
        <translation>Согласно выводам, такой же дефект имеет продукция, находящаяся в производстве: приостановить её приёмку и отгрузку (статья 27.4.8)</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Зарегистрировать…</translation>
    </message>
    <message>
        <source>Register a defect notification from a recipient (Ctrl+N)</source>
        <translation>Зарегистрировать уведомление получателя о дефекте (Ctrl+N)</translation>
    </message>
    <message>
        <source>No reclamation matches</source>
        <translation>Рекламации не найдены</translation>
    </message>
    <message>
        <source>Try fewer words or another status.</source>
        <translation>Сократите запрос или выберите другой статус.</translation>
    </message>
    <message>
        <source>No reclamations</source>
        <translation>Рекламаций нет</translation>
    </message>
    <message>
        <source>When a recipient reports a defect found within the warranty period, register it here (Article 29).</source>
        <translation>Когда получатель сообщает о дефекте, выявленном в течение гарантийного срока, зарегистрируйте его здесь (статья 29).</translation>
    </message>
</context>
<context>
    <name>RecordResultDialog</name>
    <message>
        <source>Record the test result</source>
        <translation>Запись результата испытаний</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>What passed or failed, per test</source>
        <translation>Что выдержано и что не выдержано, по каждому виду испытаний</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Protocol No.</source>
        <translation>№ протокола</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
</context>
<context>
    <name>RecoverPassword</name>
    <message>
        <source>Recover an account</source>
        <translation>Восстановление доступа к учетной записи</translation>
    </message>
    <message>
        <source>Take the sealed envelope with the recovery code printed when the office database was created. The code sets a new password for one account and enables it again; the audit journal records that the recovery code was used.</source>
        <translation>Возьмите запечатанный конверт с кодом восстановления, распечатанным при создании базы данных ВП. Код позволяет установить новый пароль для одной учетной записи и снова включить ее; в журнале аудита фиксируется использование кода восстановления.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Установить новый пароль</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>Установка нового пароля…</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>milrep — recovery code</source>
        <translation>milrep — код восстановления</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Представительство</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Together with the database&apos;s key file (the file named like the database, ending in .keys), this code opens the database when every password is lost. Seal this sheet in an envelope, sign across the flap and keep it in the office safe. Anyone holding this code, the database file and its key file can read all of its data.</source>
        <translation>Вместе с файлом ключей базы данных (файл с тем же именем, что и база, с окончанием .keys) этот код открывает базу данных, если утрачены все пароли. Запечатайте этот лист в конверт, распишитесь поперёк клапана и храните его в сейфе представительства. Любой, у кого есть этот код, файл базы данных и её файл ключей, может прочитать все её данные.</translation>
    </message>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation>Сохранить код восстановления в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RegisterLotDialog</name>
    <message>
        <source>Register a lot</source>
        <translation>Регистрация партии</translation>
    </message>
    <message>
        <source>e.g. L-2026-004</source>
        <translation>например, L-2026-004</translation>
    </message>
    <message>
        <source>One serial number per line (paste from the plant&apos;s list)</source>
        <translation>По одному заводскому номеру в строке (вставьте из списка предприятия)</translation>
    </message>
    <message>
        <source>by the serials</source>
        <translation>по заводским номерам</translation>
    </message>
    <message>
        <source>Marking on every unit, e.g. ВП 17</source>
        <translation>Маркировка на каждой единице, например ВП 17</translation>
    </message>
    <message>
        <source>Control-list item</source>
        <translation>Позиция перечня</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Номер партии</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Заводские номера</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Manufactured on</source>
        <translation>Дата изготовления</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Маркировка</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>{n} serial numbers</source>
        <translation>Заводских номеров: {n}</translation>
    </message>
    <message>
        <source>No serial numbers: enter the quantity instead.</source>
        <translation>Заводских номеров нет: укажите вместо них количество.</translation>
    </message>
    <message>
        <source>Choose the control-list item.</source>
        <translation>Выберите позицию перечня.</translation>
    </message>
</context>
<context>
    <name>RegisterPresentation</name>
    <message>
        <source>Register a notice of presentation</source>
        <translation>Регистрация извещения о предъявлении</translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation>Номер извещения</translation>
    </message>
    <message>
        <source>Presented on</source>
        <translation>Дата предъявления</translation>
    </message>
    <message>
        <source>Control-list item</source>
        <translation>Позиция перечня</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Quantity presented</source>
        <translation>Предъявлено, количество</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Заводские номера</translation>
    </message>
    <message>
        <source>OTK reference</source>
        <translation>Документ ОТК</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>empty: every unit not accepted yet</source>
        <translation>пусто — все еще не принятые единицы</translation>
    </message>
    <message>
        <source>Only when part of the lot is presented: the serials, one per line or separated by commas. Empty: the whole lot.</source>
        <translation>Только если предъявляется часть партии: заводские номера, по одному в строке или через запятую. Пусто — вся партия.</translation>
    </message>
    <message>
        <source>e.g. OTK certificate No. 311/2026</source>
        <translation>например, удостоверение ОТК № 311/2026</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>{number} (not accepted yet: {n})</source>
        <translation>{number} (ещё не принято: {n})</translation>
    </message>
    <message>
        <source>Not accepted yet: {n} of {total}, serials {first} … {last}.</source>
        <translation>Ещё не принято: {n} из {total}, заводские номера {first} … {last}.</translation>
    </message>
    <message>
        <source>Not accepted yet: {n} of {total}; the lot has no serial numbers.</source>
        <translation>Ещё не принято: {n} из {total}; у партии нет заводских номеров.</translation>
    </message>
</context>
<context>
    <name>RegisterTestDialog</name>
    <message>
        <source>Repeat test</source>
        <translation>Повторные испытания</translation>
    </message>
    <message>
        <source>Register a test</source>
        <translation>Регистрация испытаний</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Empty: the programme from the item&apos;s requirements</source>
        <translation>Пусто — программа из требований к позиции</translation>
    </message>
    <message>
        <source>Not a repeat</source>
        <translation>Не повторные</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Испытания</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повторяют</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Choose the control-list item.</source>
        <translation>Выберите позицию перечня.</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>All items</source>
        <translation>Все позиции</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <source>Reliability analysis (Article 27.4.5)</source>
        <translation>Анализ надёжности (статья 27.4.5)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Defects from</source>
        <translation>Источник дефектов</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>every source</source>
        <translation>все источники</translation>
    </message>
    <message>
        <source>Monthly report…</source>
        <translation>Ежемесячный отчёт…</translation>
    </message>
    <message>
        <source>The office&apos;s report for a month: preview, print, or export to a spreadsheet</source>
        <translation>Отчёт представительства за месяц: просмотр, печать или выгрузка в таблицу</translation>
    </message>
    <message>
        <source>First-pass acceptance rate</source>
        <translation>Доля приёмки с первого предъявления</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Доля возвратов</translation>
    </message>
    <message>
        <source>Presentations decided</source>
        <translation>Решений по предъявлениям</translation>
    </message>
    <message>
        <source>Defects recorded</source>
        <translation>Зарегистрировано дефектов</translation>
    </message>
    <message>
        <source>Presentations accepted (whole or in part) at attempt 1, of those decided at attempt 1</source>
        <translation>Предъявления, принятые (полностью или частично) с первого предъявления, от решённых с первого предъявления</translation>
    </message>
    <message>
        <source>Presentations returned, of all decided</source>
        <translation>Возвращённые предъявления от всех решённых</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>По позициям</translation>
    </message>
    <message>
        <source>Defect categories (Pareto)</source>
        <translation>Категории дефектов (Парето)</translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation>Все договоры</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Конец периода раньше его начала.</translation>
    </message>
    <message>
        <source>Computing the reliability analysis…</source>
        <translation>Расчёт анализа надёжности…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>First pass</source>
        <translation>С первого предъявления</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Defect category</source>
        <translation>Категория дефекта</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Дефекты</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Накопленная доля</translation>
    </message>
    <message>
        <source>No presentation was decided and no defect recorded with these filters: every figure is zero.</source>
        <translation>С этими отборами нет решённых предъявлений и зарегистрированных дефектов: все показатели равны нулю.</translation>
    </message>
</context>
<context>
    <name>Requirements</name>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Значительный</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Малозначительный</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Измеряемая</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>По альтернативному признаку</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Характеристика</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Номинал</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Нижний</translation>
    </message>
    <message>
        <source>Upper</source>
        <translation>Верхний</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица измерения</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ссылка на документ</translation>
    </message>
    <message>
        <source>Deactivated: no longer checked on new inspections.</source>
        <translation>Выведена из действия: при новых контролях больше не проверяется.</translation>
    </message>
    <message>
        <source>Allowed answers: {answers}</source>
        <translation>Допустимые ответы: {answers}</translation>
    </message>
    <message>
        <source>Pass / fail</source>
        <translation>Годен / не годен</translation>
    </message>
    <message>
        <source>{name} (deactivated)</source>
        <translation>{name} (выведена из действия)</translation>
    </message>
    <message>
        <source>Part of the set</source>
        <translation>Составная часть комплекта</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <source>Requirements — {item}</source>
        <translation>Требования — {item}</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>Characteristics</source>
        <translation>Характеристики</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Комплектность</translation>
    </message>
    <message>
        <source>Sampling and tests</source>
        <translation>Выборка и испытания</translation>
    </message>
    <message>
        <source>Add characteristic</source>
        <translation>Добавить характеристику</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Вывести из действия</translation>
    </message>
    <message>
        <source>Stop checking it on new inspections (it is kept: inspections already opened refer to it)</source>
        <translation>Не проверять при новых контролях (характеристика сохраняется: на нее ссылаются уже открытые контроли)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Переместить вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Переместить вниз</translation>
    </message>
    <message>
        <source>What the representative checks on every sample unit, in this order. Inspections copy the list when they are opened; later edits never change them.</source>
        <translation>Что военный представитель проверяет у каждой единицы выборки, в этом порядке. При открытии контроля список копируется в него; последующие изменения уже открытые контроли не затрагивают.</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Добавить составную часть</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>What a complete set of the item contains; checked at every inspection.</source>
        <translation>Из чего состоит полный комплект позиции; проверяется при каждом контроле.</translation>
    </message>
    <message>
        <source>Deactivate characteristic</source>
        <translation>Вывод характеристики из действия</translation>
    </message>
    <message>
        <source>Stop checking &quot;{name}&quot; on new inspections? Inspections already opened keep it.</source>
        <translation>Больше не проверять «{name}» при новых контролях? В уже открытых контролях она сохранится.</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>Удаление составной части</translation>
    </message>
    <message>
        <source>Remove &quot;{name}&quot; from the completeness list? Inspections already opened keep their copy.</source>
        <translation>Удалить «{name}» из ведомости комплектности? В уже открытых контролях сохранится их копия.</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>Resume acceptance and shipment</source>
        <translation>Возобновление приемки и отгрузки</translation>
    </message>
    <message>
        <source>What the plant did and how its effect was verified</source>
        <translation>Что сделало предприятие и как проверена результативность</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>Найдено автоматически</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Корректирующие действия</translation>
    </message>
    <message>
        <source>Positive repeat test</source>
        <translation>Положительные повторные испытания</translation>
    </message>
    <message>
        <source>Before resuming</source>
        <translation>Перед возобновлением</translation>
    </message>
    <message>
        <source>Sign resumption…</source>
        <translation>Подписать возобновление…</translation>
    </message>
    <message>
        <source>Corrective actions described</source>
        <translation>Корректирующие действия описаны</translation>
    </message>
    <message>
        <source>Nonconformities closed</source>
        <translation>Несоответствия закрыты</translation>
    </message>
    <message>
        <source>Positive repeat of {test}</source>
        <translation>Положительный повтор: {test}</translation>
    </message>
    <message>
        <source>Resumption of acceptance and shipment stopped by suspension {number}.
Corrective actions: {actions}</source>
        <translation>Возобновление приемки и отгрузки, приостановленных приостановлением {number}.
Корректирующие действия: {actions}</translation>
    </message>
</context>
<context>
    <name>SamplingPlanPage</name>
    <message>
        <source>100 % inspection (every unit)</source>
        <translation>Сплошной контроль (каждая единица)</translation>
    </message>
    <message>
        <source>Fixed sample size</source>
        <translation>Фиксированный объем выборки</translation>
    </message>
    <message>
        <source>ISO 2859-1 single sampling</source>
        <translation>Одноступенчатый выборочный контроль по ISO 2859-1</translation>
    </message>
    <message>
        <source>Special {level}</source>
        <translation>Специальный {level}</translation>
    </message>
    <message>
        <source>General {level}</source>
        <translation>Общий {level}</translation>
    </message>
    <message>
        <source>Lot of {lot} → code letter {letter}: inspect all {n}, Ac {ac} Re {re}</source>
        <translation>Партия {lot} → код {letter}: контролировать все {n}, Ac {ac} Re {re}</translation>
    </message>
    <message>
        <source>Lot of {lot} → code letter {letter}, sample {n}, Ac {ac} Re {re}</source>
        <translation>Партия {lot} → код {letter}, выборка {n}, Ac {ac} Re {re}</translation>
    </message>
    <message>
        <source>(Table I gives {table}; the table&apos;s arrow leads to {letter})</source>
        <translation>(по таблице I — {table}; стрелка таблицы ведет к {letter})</translation>
    </message>
    <message>
        <source>Sampling plan</source>
        <translation>План выборочного контроля</translation>
    </message>
    <message>
        <source>Returns and periodic tests</source>
        <translation>Возвраты и периодические испытания</translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation>Выборка</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Объем выборки</translation>
    </message>
    <message>
        <source>Inspection level</source>
        <translation>Уровень контроля</translation>
    </message>
    <message>
        <source>AQL, major defects</source>
        <translation>AQL, значительные дефекты</translation>
    </message>
    <message>
        <source>AQL, minor defects</source>
        <translation>AQL, малозначительные дефекты</translation>
    </message>
    <message>
        <source>Suspension proposed after</source>
        <translation>Приостановление предлагается после</translation>
    </message>
    <message>
        <source>Periodic test every</source>
        <translation>Периодические испытания каждые</translation>
    </message>
    <message>
        <source>…or every</source>
        <translation>…или каждые</translation>
    </message>
    <message>
        <source>Periodic-test programme</source>
        <translation>Программа периодических испытаний</translation>
    </message>
    <message>
        <source>Acceptance-test programme</source>
        <translation>Программа приемо-сдаточных испытаний</translation>
    </message>
    <message>
        <source>What it means for a lot of</source>
        <translation>Что это означает для партии из</translation>
    </message>
    <message>
        <source> returns in a row</source>
        <translation> возвратов подряд</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>без периодичности</translation>
    </message>
    <message>
        <source> accepted lots</source>
        <translation> принятых партий</translation>
    </message>
    <message>
        <source>not by lots</source>
        <translation>не по партиям</translation>
    </message>
    <message>
        <source> units</source>
        <translation> ед.</translation>
    </message>
    <message>
        <source>e.g. PI programme 6574-012 PM</source>
        <translation>например, программа ПИ 6574-012 ПМ</translation>
    </message>
    <message>
        <source>Save sampling and tests</source>
        <translation>Сохранить выборку и испытания</translation>
    </message>
    <message>
        <source>Not set yet: until it is saved, inspections check every unit, a suspension is proposed after 2 returns in a row, and no periodic test is due.</source>
        <translation>Еще не задано: пока не сохранено, при контроле проверяется каждая единица, приостановление предлагается после 2 возвратов подряд, а периодические испытания не назначаются.</translation>
    </message>
    <message>
        <source>Lot of {lot} → every unit is inspected; any nonconforming unit is a defect of the lot.</source>
        <translation>Партия {lot} → контролируется каждая единица; любая несоответствующая единица — дефект партии.</translation>
    </message>
    <message>
        <source>Lot of {lot} → sample {n} units.</source>
        <translation>Партия {lot} → выборка {n} ед.</translation>
    </message>
    <message>
        <source>Major (AQL {aql}): {plan}</source>
        <translation>Значительные (AQL {aql}): {plan}</translation>
    </message>
    <message>
        <source>Minor (AQL {aql}): {plan}</source>
        <translation>Малозначительные (AQL {aql}): {plan}</translation>
    </message>
    <message>
        <source>Critical: any one defect rejects the lot (Ac 0). Normal inspection shown; the switching rules tighten or reduce it from the inspection history.</source>
        <translation>Критические: любой единичный дефект — партия бракуется (Ac 0). Показан нормальный контроль; правила переключения по истории контроля переводят его на усиленный или ослабленный.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Эта база данных</translation>
    </message>
    <message>
        <source>Default database location</source>
        <translation>Расположение базы данных по умолчанию</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Сменить мой пароль…</translation>
    </message>
    <message>
        <source>Verify the journal…</source>
        <translation>Проверить журнал…</translation>
    </message>
    <message>
        <source>The language changes at once; open forms keep what you typed. The database and its key file (.keys) must stay together: back up both.</source>
        <translation>Язык меняется сразу; в открытых формах введенные данные сохраняются. База данных и ее файл ключей (.keys) должны храниться вместе: резервируйте оба файла.</translation>
    </message>
    <message>
        <source>Checked {n} entries…</source>
        <translation>Проверено записей: {n}…</translation>
    </message>
    <message>
        <source>Verifying the audit journal</source>
        <translation>Проверка журнала аудита</translation>
    </message>
    <message>
        <source>The audit journal is intact: {n} entries, none edited, deleted or reordered.</source>
        <translation>Журнал аудита цел: записей — {n}, ни одна не изменена, не удалена и не переставлена.</translation>
    </message>
    <message>
        <source>The audit journal has been tampered with:
{lines}</source>
        <translation>Журнал аудита подвергся вмешательству:
{lines}</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign with your password</source>
        <translation>Подписание паролем</translation>
    </message>
    <message>
        <source>You are signing this document. The signature is stored with it and cannot be undone:</source>
        <translation>Вы подписываете этот документ. Подпись сохраняется вместе с ним, отменить ее нельзя:</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Значение подписи</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписывает</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ваш пароль</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>Type your password to sign.</source>
        <translation>Введите пароль, чтобы подписать.</translation>
    </message>
</context>
<context>
    <name>StorageCheckDialog</name>
    <message>
        <source>Storage check</source>
        <translation>Проверка условий хранения</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Storage conditions are met</source>
        <translation>Условия хранения соблюдаются</translation>
    </message>
    <message>
        <source>Accepted lot</source>
        <translation>Принятая партия</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выявлено</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Choose the lot.</source>
        <translation>Выберите партию.</translation>
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
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Выявлено</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Соблюдаются</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Не соблюдаются</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <source>Suspend acceptance and shipment</source>
        <translation>Приостановление приемки и отгрузки</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Item or work</source>
        <translation>Позиция или работа</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Covers lots made since</source>
        <translation>Распространяется на партии, изготовленные с</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Use this proposal</source>
        <translation>Использовать это предложение</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Подписать…</translation>
    </message>
    <message>
        <source>Name the law&apos;s ground and what is suspended. Acceptance, shipment and certification in this scope stop until a resumption decision.</source>
        <translation>Укажите основание по закону и что приостанавливается. Приемка, отгрузка и выдача удостоверений в этой области прекращаются до решения о возобновлении.</translation>
    </message>
    <message>
        <source>none registered yet</source>
        <translation>пока не зарегистрированы</translation>
    </message>
    <message>
        <source>Proposed suspension of &quot;{item}&quot; — check it and sign. Lots it covers so far: {lots}.</source>
        <translation>Предлагаемое приостановление по «{item}» — проверьте и подпишите. Охватываемые на сейчас партии: {lots}.</translation>
    </message>
</context>
<context>
    <name>SuspensionsView</name>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Возобновлено</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Приостановления</translation>
    </message>
    <message>
        <source>In force and resumed</source>
        <translation>Действующие и возобновленные</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Возобновить…</translation>
    </message>
    <message>
        <source>The head of office&apos;s resumption decision (Article 27.4.8)</source>
        <translation>Решение начальника ВП о возобновлении (статья 27.4.8)</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>Приостановить…</translation>
    </message>
    <message>
        <source>No suspension matches</source>
        <translation>Приостановления не найдены</translation>
    </message>
    <message>
        <source>Try fewer words or another state.</source>
        <translation>Сократите запрос или выберите другое состояние.</translation>
    </message>
    <message>
        <source>No suspensions</source>
        <translation>Приостановлений нет</translation>
    </message>
    <message>
        <source>Acceptance and shipment go on. A negative periodic test or repeated returns propose a suspension for signing.</source>
        <translation>Приемка и отгрузка продолжаются. При отрицательных периодических испытаниях или повторных возвратах предлагается приостановление на подпись.</translation>
    </message>
    <message>
        <source>lot {lot}</source>
        <translation>партия {lot}</translation>
    </message>
    <message>
        <source>Suspension {number} of {date}, signed by {who}</source>
        <translation>Приостановление {number} от {date}, подписал(а) {who}</translation>
    </message>
    <message>
        <source>Ground: {ground}</source>
        <translation>Основание: {ground}</translation>
    </message>
    <message>
        <source>Scope: {scope} — {target}</source>
        <translation>Область: {scope} — {target}</translation>
    </message>
    <message>
        <source>Covers lots made since {date}</source>
        <translation>Распространяется на партии, изготовленные с {date}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Причина: {reason}</translation>
    </message>
    <message>
        <source>Resumed by decision {number} of {date}: {actions}</source>
        <translation>Возобновлено решением {number} от {date}: {actions}</translation>
    </message>
    <message>
        <source>Suspension {number}</source>
        <translation>Приостановление {number}</translation>
    </message>
</context>
<context>
    <name>SyncCentre</name>
    <message>
        <source>Headquarters (reads only)</source>
        <translation>Вышестоящий орган (только чтение)</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Not in the keyring</source>
        <translation>Нет в связке ключей</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ни разу</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>данных пока нет</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} ч</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} дн.</translation>
    </message>
    <message>
        <source>bundle {seq} waits for changes {span} of {site}</source>
        <translation>пакет обмена {seq} ожидает изменений {span} рабочего места {site}</translation>
    </message>
    <message>
        <source>Writing the bundle and reading it back…</source>
        <translation>Запись пакета обмена и контрольное чтение…</translation>
    </message>
    <message>
        <source>Importing {name} ({n} of {total})…</source>
        <translation>Загрузка {name} ({n} из {total})…</translation>
    </message>
    <message>
        <source>The file cannot be read: {error}</source>
        <translation>Не удаётся прочитать файл: {error}</translation>
    </message>
    <message>
        <source>{file}: not imported (cancelled); nothing of it was applied.</source>
        <translation>{file}: не загружен (отменено); никакие его данные не применены.</translation>
    </message>
    <message>
        <source>{file}: refused. {message}</source>
        <translation>{file}: отклонён. {message}</translation>
    </message>
    <message>
        <source>{file}: bundle {seq} of {site} was imported before; nothing to do.</source>
        <translation>{file}: пакет обмена {seq} рабочего места {site} уже был загружен ранее; действий не требуется.</translation>
    </message>
    <message>
        <source>bundles {list} of {site}</source>
        <translation>пакеты обмена {list} рабочего места {site}</translation>
    </message>
    <message>
        <source>changes {first}–{last} of {site}</source>
        <translation>изменения {first}–{last} рабочего места {site}</translation>
    </message>
    <message>
        <source>{file}: bundle {seq} of {site} is held until {missing} arrive; import those, and it is applied by itself.</source>
        <translation>{file}: пакет обмена {seq} рабочего места {site} задержан до поступления недостающего ({missing}); загрузите их, и пакет будет применён автоматически.</translation>
    </message>
    <message>
        <source>{file}: bundle {seq} of {site} imported; this workstation already had all its changes.</source>
        <translation>{file}: пакет обмена {seq} рабочего места {site} загружен; все его изменения на этом рабочем месте уже были.</translation>
    </message>
    <message>
        <source>{file}: bundle {seq} of {site} imported: {n} new changes, {c} conflicts, {b} business conflicts.</source>
        <translation>{file}: пакет обмена {seq} рабочего места {site} загружен: новых изменений — {n}, конфликтов — {c}, деловых конфликтов — {b}.</translation>
    </message>
    <message>
        <source>Held bundle {seq} of {site} applied as well.</source>
        <translation>Задержанный пакет обмена {seq} рабочего места {site} также применён.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Last bundle imported</source>
        <translation>Последний загруженный пакет</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Недостающие</translation>
    </message>
    <message>
        <source>Newest data is</source>
        <translation>Давность последних данных</translation>
    </message>
    <message>
        <source>Changes to send</source>
        <translation>Изменения к отправке</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Последняя загрузка</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Последняя выгрузка</translation>
    </message>
    <message>
        <source>{n} held</source>
        <translation>задержано {n}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>({n} not yet confirmed)</source>
        <translation>(не подтверждено: {n})</translation>
    </message>
    <message>
        <source>Key fingerprint (compare aloud or on paper)</source>
        <translation>Отпечаток ключа (сверяйте вслух или по бумаге)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>(this workstation)</source>
        <translation>(это рабочее место)</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>revoked after bundle {n}</source>
        <translation>отозван после пакета обмена {n}</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Exchange with other sites</source>
        <translation>Обмен с другими рабочими местами</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Выгрузить пакет обмена…</translation>
    </message>
    <message>
        <source>Write the changes the other sites lack to a folder, e.g. a USB stick</source>
        <translation>Записать в папку (например, на USB-накопитель) изменения, которых нет на других рабочих местах</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Загрузить пакеты обмена…</translation>
    </message>
    <message>
        <source>Read bundles brought from other sites</source>
        <translation>Прочитать пакеты обмена, доставленные с других рабочих мест</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Other sites</source>
        <translation>Другие рабочие места</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Последний обмен</translation>
    </message>
    <message>
        <source>What the last export or import did is shown here.</source>
        <translation>Здесь отображаются результаты последней выгрузки или загрузки.</translation>
    </message>
    <message>
        <source>Office keyring</source>
        <translation>Связка ключей военного представительства</translation>
    </message>
    <message>
        <source>This workstation ({site}) has no office keyring yet, so it can neither write nor read bundles. Install the keyring the head of office gives you (milrep sync keyring install).</source>
        <translation>На этом рабочем месте ({site}) ещё нет связки ключей военного представительства, поэтому оно не может ни записывать, ни читать пакеты обмена. Установите связку ключей, полученную от начальника военного представительства (milrep sync keyring install).</translation>
    </message>
    <message>
        <source>This workstation: {site} · keyring version {v} · bundles written: {n} · open conflicts: {c}, of them for the head of office: {b}</source>
        <translation>Это рабочее место: {site} · версия связки ключей {v} · записано пакетов обмена: {n} · открытых конфликтов: {c}, из них для начальника военного представительства: {b}</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Конфликты ({n})</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Root key fingerprint: {f}. Compare it with the one the head of office read out or wrote down; every site must show the same.</source>
        <translation>Отпечаток корневого ключа: {f}. Сверьте его с отпечатком, который зачитал или записал начальник военного представительства; на всех рабочих местах он должен быть одинаковым.</translation>
    </message>
    <message>
        <source>No keyring installed.</source>
        <translation>Связка ключей не установлена.</translation>
    </message>
    <message>
        <source>Writing the bundle to {folder}… Do not remove the medium.</source>
        <translation>Запись пакета обмена в {folder}… Не извлекайте носитель.</translation>
    </message>
    <message>
        <source>Exporting a bundle</source>
        <translation>Выгрузка пакета обмена</translation>
    </message>
    <message>
        <source>Export cancelled: no bundle was written and its number was not used.</source>
        <translation>Выгрузка отменена: пакет обмена не записан, его номер не использован.</translation>
    </message>
    <message>
        <source>Bundle {seq} for {sites} written to {path} ({n} changes, {size} bytes) and checked by reading it back from the medium. The medium can now be removed safely.</source>
        <translation>Пакет обмена {seq} для {sites} записан в {path} (изменений: {n}, {size} байт) и проверен контрольным чтением с носителя. Теперь носитель можно безопасно извлечь.</translation>
    </message>
    <message>
        <source>Bundles to import</source>
        <translation>Пакеты обмена для загрузки</translation>
    </message>
    <message>
        <source>milrep bundles (*.mrb);;All files (*)</source>
        <translation>Пакеты обмена milrep (*.mrb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Importing {n} files…</source>
        <translation>Загрузка файлов ({n})…</translation>
    </message>
    <message>
        <source>Importing bundles</source>
        <translation>Загрузка пакетов обмена</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Выгрузить пакет обмена</translation>
    </message>
    <message>
        <source>e.g. the USB stick</source>
        <translation>например, USB-накопитель</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>The bundle is encrypted for the chosen sites only. It is written, then read back and checked: remove the medium only when milrep says it is safe.</source>
        <translation>Пакет обмена шифруется только для выбранных рабочих мест. Он записывается, затем считывается и проверяется: извлекайте носитель только после того, как milrep сообщит, что это безопасно.</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для рабочих мест</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Write bundle</source>
        <translation>Записать пакет обмена</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Папка для пакета обмена</translation>
    </message>
</context>
<context>
    <name>TestsView</name>
    <message>
        <source>Tests</source>
        <translation>Испытания</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Все результаты</translation>
    </message>
    <message>
        <source>Due…</source>
        <translation>График…</translation>
    </message>
    <message>
        <source>Periodic tests due by the schedule</source>
        <translation>Периодические испытания, срок которых наступает по графику</translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation>Результат…</translation>
    </message>
    <message>
        <source>Repeat…</source>
        <translation>Повторить…</translation>
    </message>
    <message>
        <source>Opinion…</source>
        <translation>Заключение…</translation>
    </message>
    <message>
        <source>Propose suspension…</source>
        <translation>Приостановить…</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>No test matches</source>
        <translation>Испытания не найдены</translation>
    </message>
    <message>
        <source>Try fewer words or another result.</source>
        <translation>Сократите запрос или выберите другой результат.</translation>
    </message>
    <message>
        <source>No tests yet</source>
        <translation>Испытаний пока нет</translation>
    </message>
    <message>
        <source>Register the periodic, qualification and type tests of goods the office takes part in, then record their protocols.</source>
        <translation>Регистрируйте периодические, квалификационные и типовые испытания продукции, в которых участвует ВП, затем записывайте их протоколы.</translation>
    </message>
    <message>
        <source>Register a test</source>
        <translation>Регистрация испытаний</translation>
    </message>
    <message>
        <source>Negative test</source>
        <translation>Отрицательный результат испытаний</translation>
    </message>
    <message>
        <source>The periodic test is negative. Acceptance and shipment of the goods made since the last positive periodic test should be suspended. Review the proposed suspension now?</source>
        <translation>Периодические испытания дали отрицательный результат. Приемку и отгрузку продукции, изготовленной после последних положительных периодических испытаний, следует приостановить. Просмотреть предлагаемое приостановление сейчас?</translation>
    </message>
    <message>
        <source>Periodic tests due</source>
        <translation>Предстоящие периодические испытания</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Last positive</source>
        <translation>Последние положительные</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>registered, not completed</source>
        <translation>зарегистрированы, не завершены</translation>
    </message>
    <message>
        <source>{n} lots since</source>
        <translation>партий с тех пор: {n}</translation>
    </message>
    <message>
        <source>No periodic test is due.</source>
        <translation>Периодических испытаний по графику нет.</translation>
    </message>
    <message>
        <source>{kind} of {item}</source>
        <translation>{kind}: {item}</translation>
    </message>
    <message>
        <source>Programme: {ref}</source>
        <translation>Программа: {ref}</translation>
    </message>
    <message>
        <source>Started on {date}</source>
        <translation>Начато {date}</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>Результат: {result}</translation>
    </message>
    <message>
        <source>Protocol No. {protocol} of {date}: {summary}</source>
        <translation>Протокол № {protocol} от {date}: {summary}</translation>
    </message>
    <message>
        <source>Opinion {number} issued</source>
        <translation>Заключение {number} выдано</translation>
    </message>
</context>
<context>
    <name>TextStepDialog</name>
    <message>
        <source>Corrective action</source>
        <translation>Корректирующее действие</translation>
    </message>
    <message>
        <source>Verification of effect</source>
        <translation>Проверка результативности</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <source>How the effect was verified</source>
        <translation>Как проверена результативность</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Воинское звание</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>Edit user {user}</source>
        <translation>Изменение пользователя {user}</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <source>New password for {name} ({user}). Tell it to them in person; they should change it at once.</source>
        <translation>Новый пароль для {name} ({user}). Сообщите его лично; пользователь должен сразу сменить его.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Full name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Воинское звание</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учетная запись</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключена</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Сменить мой пароль…</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Отключить учетную запись</translation>
    </message>
    <message>
        <source>Disable the account of {name} ({user})? The password will no longer open the database. You can enable it again by resetting the password.</source>
        <translation>Отключить учетную запись {name} ({user})? Пароль больше не будет открывать базу данных. Включить учетную запись снова можно, сбросив пароль.</translation>
    </message>
</context>
<context>
    <name>VerifyWindow</name>
    <message>
        <source>Compare every field below with the paper. If they are the same, the certificate is genuine and in force.</source>
        <translation>Сверьте каждое поле ниже с бумажным экземпляром. Если они совпадают, удостоверение подлинное и действует.</translation>
    </message>
    <message>
        <source>Keep the paper and report it to the issuing office.</source>
        <translation>Сохраните бумажный экземпляр и сообщите об этом в военное представительство, выдавшее удостоверение.</translation>
    </message>
    <message>
        <source>The seal cannot be checked with the trust lists you have. Add the issuing office&apos;s current trust list and verify again.</source>
        <translation>Печать невозможно проверить по имеющимся спискам доверия. Добавьте действующий список доверия военного представительства, выдавшего удостоверение, и повторите проверку.</translation>
    </message>
    <message>
        <source>Ask the issuing office whether this certificate still stands before accepting the goods.</source>
        <translation>Прежде чем принимать продукцию, уточните в военном представительстве, выдавшем удостоверение, действует ли оно.</translation>
    </message>
    <message>
        <source>The certificate no longer stands. Do not accept the goods on it; ask the issuing office for the one that replaced it.</source>
        <translation>Удостоверение больше не действует. Не принимайте продукцию по нему; запросите в выдавшем его военном представительстве удостоверение, выданное взамен.</translation>
    </message>
    <message>
        <source>This is not a readable milrep seal. Scan the QR code again (300 dpi, flat, in focus) or check the text pasted.</source>
        <translation>Это не читаемая печать milrep. Отсканируйте QR-код повторно (300 dpi, ровно, в фокусе) или проверьте вставленный текст.</translation>
    </message>
    <message>
        <source>Scan at 300 dpi or more, flat and in focus, with the whole QR code and its white margin.</source>
        <translation>Сканируйте с разрешением не менее 300 dpi, ровно и в фокусе, захватывая весь QR-код вместе с белым полем вокруг него.</translation>
    </message>
    <message>
        <source>Nothing was verified. Open another file or paste the text read from the QR code.</source>
        <translation>Ничего не проверено. Откройте другой файл или вставьте текст, считанный с QR-кода.</translation>
    </message>
    <message>
        <source>No seal found</source>
        <translation>Печать не найдена</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Не удаётся прочитать</translation>
    </message>
    <message>
        <source>Nothing verified yet</source>
        <translation>Проверка ещё не выполнялась</translation>
    </message>
    <message>
        <source>Verify certificate</source>
        <translation>Проверка удостоверения</translation>
    </message>
    <message>
        <source>The certificate to verify</source>
        <translation>Проверяемое удостоверение</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Открыть файл…</translation>
    </message>
    <message>
        <source>A PDF of the certificate, or a scan or photo of the paper (PNG, JPEG) (Ctrl+O)</source>
        <translation>PDF удостоверения либо скан-копия или фотография бумажного экземпляра (PNG, JPEG) (Ctrl+O)</translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG — or drop the file on this window</source>
        <translation>PDF, PNG или JPEG — или перетащите файл в это окно</translation>
    </message>
    <message>
        <source>…or paste the text read from the QR code here (it starts with MR1:)</source>
        <translation>…или вставьте сюда текст, считанный с QR-кода (он начинается с MR1:)</translation>
    </message>
    <message>
        <source>Verify text</source>
        <translation>Проверить текст</translation>
    </message>
    <message>
        <source>Verify the text pasted (Ctrl+Enter)</source>
        <translation>Проверить вставленный текст (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Trust lists used</source>
        <translation>Используемые списки доверия</translation>
    </message>
    <message>
        <source>Add trust list…</source>
        <translation>Добавить список доверия…</translation>
    </message>
    <message>
        <source>The trust list file of another office (exported there with `milrep keys export-trust`)</source>
        <translation>Файл списка доверия другого военного представительства (выгружается там командой `milrep keys export-trust`)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Office {office} — this database (version {version})</source>
        <translation>Военное представительство {office} — эта база данных (версия {version})</translation>
    </message>
    <message>
        <source>This database has no office root key: add the office&apos;s trust list file</source>
        <translation>В этой базе данных нет корневого ключа военного представительства: добавьте файл списка доверия военного представительства</translation>
    </message>
    <message>
        <source>Office {office} — {file} (version {version}; root key {fingerprint}: compare it with the one the office gave you)</source>
        <translation>Военное представительство {office} — {file} (версия {version}; корневой ключ {fingerprint}: сверьте его с отпечатком, полученным от военного представительства)</translation>
    </message>
    <message>
        <source>Add a trust list</source>
        <translation>Добавление списка доверия</translation>
    </message>
    <message>
        <source>Trust lists (*.json);;All files (*)</source>
        <translation>Списки доверия (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open a certificate</source>
        <translation>Открыть удостоверение</translation>
    </message>
    <message>
        <source>Certificates, scans and photos ({patterns});;All files (*)</source>
        <translation>Удостоверения, скан-копии и фотографии ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Paste the text read from the QR code first (it starts with MR1:).</source>
        <translation>Сначала вставьте текст, считанный с QR-кода (он начинается с MR1:).</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Verifying the certificate…</source>
        <translation>Проверка удостоверения…</translation>
    </message>
    <message>
        <source> (page {page})</source>
        <translation> (стр. {page})</translation>
    </message>
    <message>
        <source>Seal {i} of {n}{where}: {verdict}</source>
        <translation>Печать {i} из {n}{where}: {verdict}</translation>
    </message>
    <message>
        <source>No QR seal was found in {source}.</source>
        <translation>QR-печать в {source} не найдена.</translation>
    </message>
    <message>
        <source>What the seal says — compare with the paper</source>
        <translation>Сведения печати — сверьте с бумажным экземпляром</translation>
    </message>
    <message>
        <source>What the seal claims (NOT confirmed)</source>
        <translation>Сведения, заявленные в печати (НЕ подтверждены)</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>Other claim {key}</source>
        <translation>Прочее сведение {key}</translation>
    </message>
    <message>
        <source>Verify certificate…</source>
        <translation>Проверить удостоверение…</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to milrep</source>
        <translation>Добро пожаловать в milrep</translation>
    </message>
    <message>
        <source>Quality control and acceptance for the military representative office. There is no office database on this computer yet ({path}).</source>
        <translation>Контроль качества и приемка для военного представительства. На этом компьютере пока нет базы данных военного представительства ({path}).</translation>
    </message>
    <message>
        <source>Create the office database
Set up the office, this workstation and the head of office&apos;s account</source>
        <translation>Создать базу данных военного представительства
Настроить ВП, рабочее место и учетную запись начальника</translation>
    </message>
    <message>
        <source>Open the demo
A fictional office with contracts to try things out</source>
        <translation>Открыть демонстрационную базу
Вымышленное ВП с договорами для знакомства</translation>
    </message>
    <message>
        <source>Open another file…
An office database copied from elsewhere</source>
        <translation>Открыть другой файл…
База данных ВП, скопированная из другого места</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Fill in “{field}” to continue.</source>
        <translation>Чтобы продолжить, заполните поле «{field}».</translation>
    </message>
    <message>
        <source>“{field}” is at most {n} characters long.</source>
        <translation>Поле «{field}» — не более {n} символов.</translation>
    </message>
    <message>
        <source>Set up the office database</source>
        <translation>Настройка базы данных военного представительства</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>Военное представительство</translation>
    </message>
    <message>
        <source>The military representative office this workstation belongs to.</source>
        <translation>Военное представительство, к которому относится это рабочее место.</translation>
    </message>
    <message>
        <source>Military representative office No. 17</source>
        <translation>Военное представительство № 17</translation>
    </message>
    <message>
        <source>Zhetysu Instrument Plant JSC</source>
        <translation>АО «Жетысуский приборостроительный завод»</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Код ВП</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Наименование ВП</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Это рабочее место</translation>
    </message>
    <message>
        <source>Each computer of the office is a site; its code appears on everything it exchanges with the others.</source>
        <translation>Каждый компьютер ВП — отдельное рабочее место; его код указывается во всем, чем оно обменивается с остальными.</translation>
    </message>
    <message>
        <source>Head of office laptop</source>
        <translation>Ноутбук начальника ВП</translation>
    </message>
    <message>
        <source>Workstation code</source>
        <translation>Код рабочего места</translation>
    </message>
    <message>
        <source>Workstation name</source>
        <translation>Наименование рабочего места</translation>
    </message>
    <message>
        <source>Where to keep the office database</source>
        <translation>Где хранить базу данных военного представительства</translation>
    </message>
    <message>
        <source>milrep databases (*.milrep)</source>
        <translation>Базы данных milrep (*.milrep)</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Начальник военного представительства</translation>
    </message>
    <message>
        <source>Your own account. You will add the representatives and viewers later, under Users.</source>
        <translation>Ваша собственная учетная запись. Представителей и наблюдателей вы добавите позже в разделе «Пользователи».</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Воинское звание</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>Создание зашифрованной базы данных…</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>Shown this once. With the database&apos;s key file it opens the database if every password is lost. Print it or save it as PDF, seal it in an envelope and keep it in the safe.</source>
        <translation>Показывается только один раз. Вместе с файлом ключей базы данных он открывает базу, если утрачены все пароли. Распечатайте его или сохраните в PDF, запечатайте в конверт и храните в сейфе.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>I have stored the recovery code in a safe place</source>
        <translation>Я сохранил код восстановления в надежном месте</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file.</source>
        <translation>Сохранено в {path}. Распечатайте, затем удалите файл.</translation>
    </message>
</context>
<context>
    <name>milrep</name>
    <message>
        <source>entries {first}–{last} are missing</source>
        <translation>отсутствуют записи {first}–{last}</translation>
    </message>
    <message>
        <source>does not follow the previous entry (deleted or reordered)</source>
        <translation>не следует за предыдущей записью (удалена или переставлена)</translation>
    </message>
    <message>
        <source>content was altered</source>
        <translation>содержимое изменено</translation>
    </message>
    <message>
        <source>the record of the newest entry is missing (entries may have been removed from the end)</source>
        <translation>отсутствует отметка о последней записи (записи могли быть удалены с конца)</translation>
    </message>
    <message>
        <source>entries {first}–{last} at the end are missing</source>
        <translation>отсутствуют последние записи {first}–{last}</translation>
    </message>
    <message>
        <source>the newest entry does not match the recorded one</source>
        <translation>последняя запись не совпадает с отмеченной</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written. Free some space and try again; nothing already stored was lost.</source>
        <translation>Диск заполнен: не удалось записать {path}. Освободите место и повторите попытку; ранее сохраненные данные не потеряны.</translation>
    </message>
    <message>
        <source>The folder of {path} is read-only or not writable by you. Choose another location or ask for write access.</source>
        <translation>Папка {path} доступна только для чтения или у вас нет права записи в нее. Выберите другое место или запросите право записи.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <source>An issued document cannot be changed; issue a new one that supersedes it.</source>
        <extracomment>``milrep_meta`` key holding &quot;seq:hash&quot; of the newest audit entry, written with every entry: deleting entries from the end of the chain then no longer goes unnoticed. ``session.info`` key set while a sync bundle is applied (milrep.sync.apply): rows then arrive with their origin&apos;s clock and site, are written by the applier itself and journaled with :func:`record_remote`; a synced object flushed through the ORM meanwhile would be re-stamped as a local change, so it is refused.</extracomment>
        <translation>Выданный документ изменить нельзя; выдайте новый документ взамен него.</translation>
    </message>
    <message>
        <source>An issued document cannot be deleted; revoke or supersede it.</source>
        <translation>Выданный документ удалить нельзя; отзовите его или выдайте новый взамен.</translation>
    </message>
    <message>
        <source>The key file {path} is missing. Without it the database cannot be opened: restore it from your backup.</source>
        <extracomment>Only for tests and throwaway demo databases: far below the production floor.</extracomment>
        <translation>Файл ключей {path} отсутствует. Без него базу данных открыть нельзя: восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read: {reason}</source>
        <translation>Не удается прочитать файл ключей {path}: {reason}</translation>
    </message>
    <message>
        <source>The key file {path} was written by a newer version of milrep. Update the application.</source>
        <translation>Файл ключей {path} записан более новой версией milrep. Обновите программу.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged (truncated or edited). Restore it from your backup; the database itself has not been touched.</source>
        <translation>Файл ключей {path} поврежден (усечен или изменен). Восстановите его из резервной копии; сама база данных не затронута.</translation>
    </message>
    <message>
        <source>This database has no recovery slot.</source>
        <translation>В этой базе данных нет слота восстановления.</translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>Неверный код восстановления.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <extracomment>Wrong passwords typed for this user since their previous sign-in (set by open_database; a ``milrep.services.login_attempts.FailedAttempts``), for the UI to mention once.</extracomment>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>This database was created by a newer version of milrep (schema {rev}). Install that version to open it; the file has not been changed.</source>
        <extracomment>the newest migration (tests/migrations checks it is alembic&apos;s head): a database stamped with it is opened without loading alembic at all, a fifth of a second of every start</extracomment>
        <translation>Эта база данных создана более новой версией milrep (схема {rev}). Чтобы открыть ее, установите эту версию; файл не изменен.</translation>
    </message>
    <message>
        <source>The account {user} is disabled. Ask the head of office.</source>
        <translation>Учетная запись {user} отключена. Обратитесь к начальнику ВП.</translation>
    </message>
    <message>
        <source>A database already exists at {path}; choose another file name.</source>
        <translation>База данных {path} уже существует; выберите другое имя файла.</translation>
    </message>
    <message>
        <source>{path} cannot be opened with its key file: the database is damaged or is not a milrep database, or the key file belongs to another database. Put back the key file created with this database or restore both from your latest backup; nothing has been changed.</source>
        <extracomment>meta keys of a workstation that has asked to join an office and holds none of its data yet (written by :func:`milrep.db.joining.create_joining_database`)</extracomment>
        <translation>Не удается открыть {path} с его файлом ключей: база данных повреждена или не является базой milrep, либо файл ключей относится к другой базе. Верните файл ключей, созданный вместе с этой базой, или восстановите оба файла из последней резервной копии; ничего не изменено.</translation>
    </message>
    <message>
        <source>The key file next to {path} belongs to another database. Put back the key file that was created with this database.</source>
        <translation>Файл ключей рядом с {path} относится к другой базе данных. Верните файл ключей, созданный вместе с этой базой.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>База данных {path} не найдена.</translation>
    </message>
    <message>
        <source>exchange signed, encrypted bundles with the office&apos;s other workstations</source>
        <translation>обмен подписанными зашифрованными пакетами с другими рабочими местами военного представительства</translation>
    </message>
    <message>
        <source>write the next bundle to a folder (the removable medium)</source>
        <translation>записать следующий пакет в папку (на съёмный носитель)</translation>
    </message>
    <message>
        <source>the folder to write the bundle to</source>
        <translation>папка для записи пакета</translation>
    </message>
    <message>
        <source>a recipient workstation (code); repeat for several; default: every other workstation of the keyring</source>
        <translation>рабочее место-получатель (код); для нескольких повторите; по умолчанию: все остальные рабочие места из набора ключей</translation>
    </message>
    <message>
        <source>include everything the recipients have not confirmed (after a lost bundle)</source>
        <translation>включить всё, что получатели не подтвердили (после утери пакета)</translation>
    </message>
    <message>
        <source>per workstation: bundles received, missing, pending changes</source>
        <translation>по рабочим местам: получено пакетов, пропущено, ожидающие изменения</translation>
    </message>
    <message>
        <source>the office keyring</source>
        <translation>набор ключей военного представительства</translation>
    </message>
    <message>
        <source>show the installed keyring</source>
        <translation>показать установленный набор ключей</translation>
    </message>
    <message>
        <source>install a keyring received from the head of office</source>
        <translation>установить набор ключей, полученный от начальника военного представительства</translation>
    </message>
    <message>
        <source>sign the next keyring version with the office root key and write it (head of office; the password is asked again)</source>
        <translation>подписать следующую версию набора ключей корневым ключом военного представительства и записать её (начальник военного представительства; пароль запрашивается повторно)</translation>
    </message>
    <message>
        <source>the keyring file to write</source>
        <translation>файл набора ключей для записи</translation>
    </message>
    <message>
        <source>import bundle files (and keyring files from the head of office, installed first)</source>
        <translation>загрузить файлы пакетов обмена (и файлы связки ключей от начальника военного представительства — они устанавливаются первыми)</translation>
    </message>
    <message>
        <source>write the installed keyring to a file (to set up a new workstation)</source>
        <translation>записать установленную связку ключей в файл (для настройки нового рабочего места)</translation>
    </message>
    <message>
        <source>Bundle {seq} written and checked: {path} ({changes} changes, {size:,} bytes).</source>
        <translation>Пакет {seq} записан и проверен: {path} (изменений: {changes}, {size:,} байт).</translation>
    </message>
    <message>
        <source>The medium can be removed safely.</source>
        <translation>Носитель можно безопасно извлечь.</translation>
    </message>
    <message>
        <source>{path}: keyring version {v} installed</source>
        <translation>{path}: связка ключей версии {v} установлена</translation>
    </message>
    <message>
        <source>{path}: keyring version {v} was already installed</source>
        <translation>{path}: связка ключей версии {v} уже была установлена</translation>
    </message>
    <message>
        <source>Keyring version: {v}</source>
        <translation>Версия набора ключей: {v}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Bundles written: {n}; open conflicts: {c}; business conflicts for the head of office: {b}</source>
        <translation>Записано пакетов: {n}; открытых конфликтов: {c}; деловых конфликтов для начальника военного представительства: {b}</translation>
    </message>
    <message>
        <source>last bundle imported: {n}; newest data: {when}</source>
        <translation>последний импортированный пакет: {n}; самые свежие данные: {when}</translation>
    </message>
    <message>
        <source>changes to send: {n}; not yet confirmed: {u}</source>
        <translation>изменений к отправке: {n}; ещё не подтверждено: {u}</translation>
    </message>
    <message>
        <source>bundle {seq} held, waiting for: {missing}</source>
        <translation>пакет {seq} задержан, ожидаются: {missing}</translation>
    </message>
    <message>
        <source>No keyring is installed on this workstation.</source>
        <translation>На этом рабочем месте не установлен набор ключей.</translation>
    </message>
    <message>
        <source>Keyring version {v}</source>
        <translation>Связка ключей версии {v}</translation>
    </message>
    <message>
        <source>Keyring version {v} written: {path}</source>
        <translation>Связка ключей версии {v} записана: {path}</translation>
    </message>
    <message>
        <source>(revoked after bundle {n})</source>
        <translation>(отозван после пакета {n})</translation>
    </message>
    <message>
        <source>Keyring version {v} installed.</source>
        <translation>Набор ключей версии {v} установлен.</translation>
    </message>
    <message>
        <source>This keyring (version {v}) was already installed.</source>
        <translation>Этот набор ключей (версия {v}) уже был установлен.</translation>
    </message>
    <message>
        <source>--office is needed to set up this workstation: the office&apos;s keyring file from the head of office.</source>
        <translation>--office необходим для настройки этого рабочего места: файл связки ключей военного представительства, полученный от его начальника.</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Ваше имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Workstation database created: {path}</source>
        <translation>База данных рабочего места создана: {path}</translation>
    </message>
    <message>
        <source>Office root key fingerprint (compare it with the head of office&apos;s, aloud)</source>
        <translation>Отпечаток корневого ключа военного представительства (сверьте его вслух с отпечатком у начальника военного представительства)</translation>
    </message>
    <message>
        <source>Join request of workstation {code} written: {path}</source>
        <translation>Запрос на подключение рабочего места {code} записан: {path}</translation>
    </message>
    <message>
        <source>This workstation&apos;s key fingerprint</source>
        <translation>Отпечаток ключа этого рабочего места</translation>
    </message>
    <message>
        <source>Read it aloud to the head of office when they endorse the request; they see the same groups.</source>
        <translation>Зачитайте его вслух начальнику военного представительства, когда он будет утверждать запрос; у него отображаются те же группы символов.</translation>
    </message>
    <message>
        <source>Join request: workstation {code} ({name}), for {person} ({user})</source>
        <translation>Запрос на подключение: рабочее место {code} ({name}), для {person} ({user})</translation>
    </message>
    <message>
        <source>Its key fingerprint</source>
        <translation>Отпечаток его ключа</translation>
    </message>
    <message>
        <source>Does the new workstation show the same fingerprint?</source>
        <translation>На новом рабочем месте отображается тот же отпечаток?</translation>
    </message>
    <message>
        <source>Not endorsed: the fingerprints differ. Nothing was changed.</source>
        <translation>Не утверждено: отпечатки не совпадают. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Password of {user} to sign the keyring: </source>
        <translation>Пароль пользователя {user} для подписи набора ключей: </translation>
    </message>
    <message>
        <source>Workstation {code} enrolled; keyring version {v}: {path}</source>
        <translation>Рабочее место {code} подключено; связка ключей версии {v}: {path}</translation>
    </message>
    <message>
        <source>First bundle for it ({changes} changes): {path}</source>
        <translation>Первый пакет обмена для него (изменений: {changes}): {path}</translation>
    </message>
    <message>
        <source>On the new workstation: milrep sync import {keyring} {bundle}</source>
        <translation>На новом рабочем месте: milrep sync import {keyring} {bundle}</translation>
    </message>
    <message>
        <source>The key of workstation {site} is revoked after its bundle {n}; keyring version {v} written: {path}</source>
        <translation>Ключ рабочего места {site} отозван после его пакета обмена {n}; связка ключей версии {v} записана: {path}</translation>
    </message>
    <message>
        <source>Carry it to every other workstation (milrep sync import).</source>
        <translation>Доставьте её на все остальные рабочие места (milrep sync import).</translation>
    </message>
    <message>
        <source>New office root key; keyring version {v}, signed by the old and the new root, written: {path}</source>
        <translation>Новый корневой ключ военного представительства; связка ключей версии {v}, подписанная прежним и новым корневыми ключами, записана: {path}</translation>
    </message>
    <message>
        <source>New root key fingerprint</source>
        <translation>Отпечаток нового корневого ключа</translation>
    </message>
    <message>
        <source>Carry the keyring to every workstation, and give the new fingerprint to the recipients of the trust list.</source>
        <translation>Перенесите связку ключей на каждое рабочее место и сообщите новый отпечаток получателям списка доверия.</translation>
    </message>
    <message>
        <source>Keyring version {v} signed and written: {path}</source>
        <translation>Набор ключей версии {v} подписан и записан: {path}</translation>
    </message>
    <message>
        <source>There is no workstation {site}.</source>
        <translation>Рабочего места {site} не существует.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>Не удается прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>{path}: held until earlier changes arrive</source>
        <translation>{path}: задержан до поступления более ранних изменений</translation>
    </message>
    <message>
        <source>bring bundle(s) {seqs} of the same workstation</source>
        <translation>доставьте пакет(ы) {seqs} того же рабочего места</translation>
    </message>
    <message>
        <source>{path}: already imported, nothing to do</source>
        <translation>{path}: уже импортирован, действий не требуется</translation>
    </message>
    <message>
        <source>{path}: bundle {seq} imported, {n} new changes</source>
        <translation>{path}: пакет {seq} импортирован, новых изменений: {n}</translation>
    </message>
    <message>
        <source>{c} conflicts to review, {b} for the head of office</source>
        <translation>конфликтов для рассмотрения: {c}, из них для начальника представительства: {b}</translation>
    </message>
    <message>
        <source>  and held bundle {seq}: {n} new changes</source>
        <translation>  и задержанный пакет {seq}: новых изменений: {n}</translation>
    </message>
    <message>
        <source>{path} is an unencrypted SQLite file, not a milrep database.</source>
        <translation>{path} — незашифрованный файл SQLite, а не база данных milrep.</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a milrep database. Restore it from your latest backup; the damaged file has not been changed.</source>
        <translation>{path} поврежден или не является базой данных milrep. Восстановите его из последней резервной копии; поврежденный файл не изменен.</translation>
    </message>
    <message>
        <source>The database is busy: another milrep window or command is writing to it. Try again in a moment; nothing was changed.</source>
        <translation>База данных занята: в нее выполняет запись другое окно или команда milrep. Повторите попытку чуть позже; ничего не изменено.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing {path}: {reason}. Nothing was changed; check the disk or the removable medium.</source>
        <translation>При записи {path} диск сообщил об ошибке: {reason}. Ничего не изменено; проверьте диск или съемный носитель.</translation>
    </message>
    <message>
        <source>The database could not be written: {reason}</source>
        <translation>Не удалось записать в базу данных: {reason}</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Начальник ВП</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Военный представитель</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <source>{user} ({role}) is not allowed to do this. Ask the head of office.</source>
        <translation>У пользователя {user} ({role}) нет прав на это действие. Обратитесь к начальнику ВП.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Decision on resumption of works and services</source>
        <translation>Решение о возобновлении выполнения работ и оказания услуг</translation>
    </message>
    <message>
        <source>Decision on resumption of acceptance and shipment</source>
        <translation>Решение о возобновлении приемки и отгрузки</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Having verified the corrective actions taken on suspension notice No. {number} of {date}, and under paragraph 4 of Article 27 of {law}, the head of the military representative office decided to resume {what} of {target} from {time}.</source>
        <translation>Проверив корректирующие действия, принятые по уведомлению о приостановлении № {number} от {date}, в соответствии с пунктом 4 статьи 27 {law} начальник военного представительства решил возобновить {what}: {target} с {time}.</translation>
    </message>
    <message>
        <source>The suspension lifted</source>
        <translation>Отменяемое приостановление</translation>
    </message>
    <message>
        <source>Ground (Article {article} of the Law)</source>
        <translation>Основание (ст. {article} Закона)</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <source>Corrective actions verified</source>
        <translation>Проверенные корректирующие действия</translation>
    </message>
    <message>
        <source>Nonconformities of the suspended scope, each closed after its corrective action was verified:</source>
        <translation>Несоответствия в пределах приостановления, закрытые после проверки корректирующих действий:</translation>
    </message>
    <message>
        <source>Nonconformity</source>
        <translation>Несоответствие</translation>
    </message>
    <message>
        <source>Verification of its effect</source>
        <translation>Проверка результативности</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Repeat test</source>
        <translation>Повторные испытания</translation>
    </message>
    <message>
        <source>Failed test</source>
        <translation>Неудовлетворительные испытания</translation>
    </message>
    <message>
        <source>Results of the repeat test</source>
        <translation>Результаты повторных испытаний</translation>
    </message>
    <message>
        <source>Opinion of the office</source>
        <translation>Заключение военного представительства</translation>
    </message>
    <message>
        <source>protocol No. {number}</source>
        <translation>протокол № {number}</translation>
    </message>
    <message>
        <source>completed on {date}</source>
        <translation>завершены {date}</translation>
    </message>
    <message>
        <source>result: {result}</source>
        <translation>результат: {result}</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Исполнен</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Расторгнут</translation>
    </message>
    <message>
        <source>Changes to the approved state defense order (23.1.2)</source>
        <translation>Изменение утвержденного государственного оборонного заказа (23.1.2)</translation>
    </message>
    <message>
        <source>Modification not changing the subject (23.1.3)</source>
        <translation>Изменение без изменения предмета (23.1.3)</translation>
    </message>
    <message>
        <source>Price and value reduced by agreement (23.2.1)</source>
        <translation>Снижение цены и стоимости по соглашению сторон (23.2.1)</translation>
    </message>
    <message>
        <source>Operational requirements changed, deadlines unchanged (23.2.2)</source>
        <translation>Изменение ТТЗ без изменения сроков (23.2.2)</translation>
    </message>
    <message>
        <source>Quantity needed changed, unit price unchanged (23.2.3)</source>
        <translation>Изменение потребности в количестве без изменения цены за единицу (23.2.3)</translation>
    </message>
    <message>
        <source>Design and estimate documentation changed (23.2.4)</source>
        <translation>Изменение проектно-сметной документации (23.2.4)</translation>
    </message>
    <message>
        <source>Tax, customs or other legislation changed (23.2.5)</source>
        <translation>Изменение налогового, таможенного или иного законодательства (23.2.5)</translation>
    </message>
    <message>
        <source>Amount for the current year changed, total unchanged (23.2.6)</source>
        <translation>Изменение суммы на текущий год без изменения общей суммы (23.2.6)</translation>
    </message>
    <message>
        <source>Improvement offered by the contractor (23.2.7)</source>
        <translation>Улучшение, предложенное исполнителем ГОЗ (23.2.7)</translation>
    </message>
    <message>
        <source>Deadline changed for force majeure (23.2.8)</source>
        <translation>Изменение срока вследствие форс-мажора (23.2.8)</translation>
    </message>
    <message>
        <source>Contract {number} is closed and cannot be edited.</source>
        <translation>Договор {number} закрыт, изменить его нельзя.</translation>
    </message>
    <message>
        <source>A contract cannot go from &quot;{old}&quot; to &quot;{new}&quot;.</source>
        <translation>Договор нельзя перевести из статуса «{old}» в статус «{new}».</translation>
    </message>
    <message>
        <source>An amendment cannot predate the contract.</source>
        <translation>Дополнительное соглашение не может быть датировано раньше договора.</translation>
    </message>
    <message>
        <source>Amendment number</source>
        <translation>Номер дополнительного соглашения</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Head of the military representative office</source>
        <translation>Начальник военного представительства</translation>
    </message>
    <message>
        <source>Military representative</source>
        <translation>Военный представитель</translation>
    </message>
    <message>
        <source>The contract no longer exists.</source>
        <translation>Договор больше не существует.</translation>
    </message>
    <message>
        <source>{document}, revision {revision}</source>
        <translation>{document}, ред. {revision}</translation>
    </message>
    <message>
        <source>Choose the {role}.</source>
        <translation>Выберите {role}.</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Номер договора</translation>
    </message>
    <message>
        <source>Contract {number} already exists.</source>
        <translation>Договор {number} уже существует.</translation>
    </message>
    <message>
        <source>customer (authorized body or recipient)</source>
        <translation>заказчика (уполномоченный орган или получателя ГОЗ)</translation>
    </message>
    <message>
        <source>contractor</source>
        <translation>исполнителя ГОЗ</translation>
    </message>
    <message>
        <source>this workstation&apos;s keys and the office&apos;s trust list</source>
        <translation>ключи этого рабочего места и список доверия представительства</translation>
    </message>
    <message>
        <source>show the key ids and fingerprints of this workstation and the office</source>
        <translation>показать идентификаторы и отпечатки ключей этого рабочего места и представительства</translation>
    </message>
    <message>
        <source>sign the office&apos;s trust list with the root key and write it (head of office; the password is asked again)</source>
        <translation>подписать список доверия представительства корневым ключом и записать его (начальник представительства; пароль запрашивается повторно)</translation>
    </message>
    <message>
        <source>the trust list file to write</source>
        <translation>файл для записи списка доверия</translation>
    </message>
    <message>
        <source>on a new workstation: set up its database from the office&apos;s keyring file and write the request to join the office</source>
        <translation>на новом рабочем месте: создать его базу данных из файла связки ключей военного представительства и записать запрос на подключение к военному представительству</translation>
    </message>
    <message>
        <source>the office&apos;s keyring file (.mrk) from the head of office; needed the first time, when the database is made</source>
        <translation>файл связки ключей военного представительства (.mrk), полученный от начальника военного представительства; нужен в первый раз, при создании базы данных</translation>
    </message>
    <message>
        <source>this workstation&apos;s code</source>
        <translation>код этого рабочего места</translation>
    </message>
    <message>
        <source>this workstation&apos;s name</source>
        <translation>наименование этого рабочего места</translation>
    </message>
    <message>
        <source>your full name</source>
        <translation>ваши фамилия, имя и отчество</translation>
    </message>
    <message>
        <source>the join request file to write (.mrj)</source>
        <translation>записываемый файл запроса на подключение (.mrj)</translation>
    </message>
    <message>
        <source>head of office: endorse a join request and write the keyring and the first bundle for the new workstation</source>
        <translation>начальник военного представительства: утвердить запрос на подключение и записать связку ключей и первый пакет обмена для нового рабочего места</translation>
    </message>
    <message>
        <source>the folder to write the keyring and bundle to</source>
        <translation>папка, в которую записываются связка ключей и пакет обмена</translation>
    </message>
    <message>
        <source>the role of the new person&apos;s account, if new</source>
        <translation>роль учётной записи нового сотрудника, если запись новая</translation>
    </message>
    <message>
        <source>do not ask whether the fingerprint matches (it was compared already)</source>
        <translation>не спрашивать, совпадает ли отпечаток (он уже сверен)</translation>
    </message>
    <message>
        <source>head of office: revoke a workstation&apos;s key after its last valid bundle</source>
        <translation>начальник военного представительства: отозвать ключ рабочего места после его последнего действительного пакета обмена</translation>
    </message>
    <message>
        <source>the workstation code</source>
        <translation>код рабочего места</translation>
    </message>
    <message>
        <source>the last bundle of that workstation that stays valid (0: none)</source>
        <translation>последний пакет обмена этого рабочего места, который остаётся действительным (0 — ни один)</translation>
    </message>
    <message>
        <source>head of office: replace the office root key; the new keyring is signed by the old and the new root</source>
        <translation>начальник военного представительства: заменить корневой ключ военного представительства; новая связка ключей подписывается прежним и новым корневыми ключами</translation>
    </message>
    <message>
        <source>Signing key (Ed25519)</source>
        <translation>Ключ подписи (Ed25519)</translation>
    </message>
    <message>
        <source>Bundle key (age X25519)</source>
        <translation>Ключ пакетов (age X25519)</translation>
    </message>
    <message>
        <source>Office root key (Ed25519)</source>
        <translation>Корневой ключ представительства (Ed25519)</translation>
    </message>
    <message>
        <source>Office {code}: {name}</source>
        <translation>Представительство {code}: {name}</translation>
    </message>
    <message>
        <source>This workstation: {site}</source>
        <translation>Это рабочее место: {site}</translation>
    </message>
    <message>
        <source>No keys yet: they are made when the first certificate is issued or the trust list is exported.</source>
        <translation>Ключей пока нет: они создаются при выдаче первого удостоверения или при экспорте списка доверия.</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>выведен из употребления</translation>
    </message>
    <message>
        <source>held on this workstation</source>
        <translation>хранится на этом рабочем месте</translation>
    </message>
    <message>
        <source>public key only</source>
        <translation>только открытый ключ</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>рабочее место</translation>
    </message>
    <message>
        <source>key id</source>
        <translation>идентификатор ключа</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>получателя ГОЗ</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>отпечаток</translation>
    </message>
    <message>
        <source>Read fingerprints aloud group by group when comparing them with paper or over the phone; one differing digit means another key.</source>
        <translation>При сверке отпечатков с бумажным документом или по телефону зачитывайте их вслух группа за группой; одна отличающаяся цифра означает другой ключ.</translation>
    </message>
    <message>
        <source>{path} already exists. Use --force to replace it.</source>
        <translation>{path} уже существует. Чтобы заменить его, используйте --force.</translation>
    </message>
    <message>
        <source>Password of {user} to sign the trust list: </source>
        <translation>Пароль пользователя {user} для подписи списка доверия: </translation>
    </message>
    <message>
        <source>Trust list of office {office}, version {version}, written: {path}</source>
        <translation>Список доверия представительства {office}, версия {version}, записан: {path}</translation>
    </message>
    <message>
        <source>{keys} key(s), {revoked} revoked certificate(s).</source>
        <translation>Ключей: {keys}, отозванных удостоверений: {revoked}.</translation>
    </message>
    <message>
        <source>Root key fingerprint</source>
        <translation>Отпечаток корневого ключа</translation>
    </message>
    <message>
        <source>Give this fingerprint to the recipients separately from the file (in the covering letter or by phone): it is how they know the list is the office&apos;s.</source>
        <translation>Передайте этот отпечаток получателям отдельно от файла (в сопроводительном письме или по телефону): по нему они удостоверятся, что список исходит от представительства.</translation>
    </message>
    <message>
        <source>The conclusion on the draft contract no longer exists.</source>
        <translation>Заключения по проекту договора больше нет.</translation>
    </message>
    <message>
        <source>Conclusion on a draft contract</source>
        <translation>Заключение по проекту договора</translation>
    </message>
    <message>
        <source>Draft state defense order contract No. {number}</source>
        <translation>Проект договора по государственному оборонному заказу № {number}</translation>
    </message>
    <message>
        <source>The draft contract</source>
        <translation>Проект договора</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Заказчик</translation>
    </message>
    <message>
        <source>Subject of the contract</source>
        <translation>Предмет договора</translation>
    </message>
    <message>
        <source>Contract value, tenge</source>
        <translation>Цена договора, тенге</translation>
    </message>
    <message>
        <source>Draft as received</source>
        <translation>Поступивший проект</translation>
    </message>
    <message>
        <source>Review opened</source>
        <translation>Рассмотрение начато</translation>
    </message>
    <message>
        <source>Terms required by paragraph 4 of Article 22 of the Law</source>
        <translation>Условия, требуемые пунктом 4 статьи 22 Закона</translation>
    </message>
    <message>
        <source>record</source>
        <translation>данные учёта</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>проверяющий</translation>
    </message>
    <message>
        <source>Clause of the Law</source>
        <translation>Пункт Закона</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Clause of the draft</source>
        <translation>Пункт проекта</translation>
    </message>
    <message>
        <source>Found from</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>✗ a term the law requires that the draft does not contain. Found from: the contract&apos;s record in milrep, or the reviewer&apos;s reading of the draft.</source>
        <translation>✗ условие, требуемое законом, которое отсутствует в проекте. Источник: данные учёта договора в milrep или изучение проекта проверяющим.</translation>
    </message>
    <message>
        <source>Remarks of the military representative office</source>
        <translation>Замечания военного представительства</translation>
    </message>
    <message>
        <source>No remarks.</source>
        <translation>Замечаний нет.</translation>
    </message>
    <message>
        <source>Issued under subparagraph 1) of paragraph 3 of Article 27 of {law}.</source>
        <translation>Выдано в соответствии с подпунктом 1) пункта 3 статьи 27 {law}.</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>Стоимость договора</translation>
    </message>
    <message>
        <source>Advance payment</source>
        <translation>Аванс</translation>
    </message>
    <message>
        <source>The advance cannot exceed the contract value.</source>
        <translation>Аванс не может превышать стоимость договора.</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Наименование этапа</translation>
    </message>
    <message>
        <source>The deadline of stage &quot;{stage}&quot; is outside the contract&apos;s validity.</source>
        <translation>Срок этапа «{stage}» выходит за пределы срока действия договора.</translation>
    </message>
    <message>
        <source>Military goods</source>
        <translation>Военная продукция</translation>
    </message>
    <message>
        <source>Dual-use goods</source>
        <translation>Двойное назначение</translation>
    </message>
    <message>
        <source>Military work</source>
        <translation>Военная работа</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Военная услуга</translation>
    </message>
    <message>
        <source>An item cannot move to another contract.</source>
        <translation>Позицию нельзя перенести в другой договор.</translation>
    </message>
    <message>
        <source>The control-list item no longer exists.</source>
        <translation>Позиция перечня больше не существует.</translation>
    </message>
    <message>
        <source>Choose the contract.</source>
        <translation>Выберите договор.</translation>
    </message>
    <message>
        <source>Contract {number} is closed; its control list cannot change.</source>
        <translation>Договор {number} закрыт; его перечень изменить нельзя.</translation>
    </message>
    <message>
        <source>The inventory count no longer exists.</source>
        <translation>Инвентаризации больше нет.</translation>
    </message>
    <message>
        <source>Inventory count record</source>
        <translation>Акт инвентаризации</translation>
    </message>
    <message>
        <source>Inventory count sheet</source>
        <translation>Инвентаризационная опись</translation>
    </message>
    <message>
        <source>of material assets kept at {location}</source>
        <translation>материальных ценностей; место хранения: {location}</translation>
    </message>
    <message>
        <source>Balances taken on</source>
        <translation>Дата остатков</translation>
    </message>
    <message>
        <source>the end of {date}</source>
        <translation>конец дня {date}</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Article 27.3.5 of the Law on the defense industry and the state defense order: records of material assets created or purchased with budget funds</source>
        <translation>статья 27.3.5 Закона «Об оборонной промышленности и государственном оборонном заказе»: учёт материальных ценностей, созданных или приобретённых за счёт бюджетных средств</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>По учёту</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Подсчитано</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Lines: {n}. Value of the expected quantities: {total} ₸.</source>
        <translation>Строк: {n}. Стоимость количеств по учёту: {total} ₸.</translation>
    </message>
    <message>
        <source>Count every asset on the spot and write the quantity found in the “Counted” column (0 when nothing is found); list assets found that are not on this sheet below. Then enter the counted quantities in milrep and reconcile the count.</source>
        <translation>Пересчитайте каждую ценность на месте и запишите фактическое количество в графу «Подсчитано» (0, если ничего не найдено); обнаруженные ценности, не включённые в эту опись, перечислите ниже. Затем введите подсчитанные количества в milrep и сверьте результаты инвентаризации.</translation>
    </message>
    <message>
        <source>Assets found that are not on the sheet</source>
        <translation>Обнаруженные ценности, не включённые в опись</translation>
    </message>
    <message>
        <source>Discrepancies</source>
        <translation>Расхождения</translation>
    </message>
    <message>
        <source>Shortage (−) / surplus (+)</source>
        <translation>Недостача (−) / излишек (+)</translation>
    </message>
    <message>
        <source>Cost, ₸</source>
        <translation>Стоимость, ₸</translation>
    </message>
    <message>
        <source>Net value of the discrepancies: {total} ₸.</source>
        <translation>Итоговая стоимость расхождений: {total} ₸.</translation>
    </message>
    <message>
        <source>No discrepancies: every counted quantity equals the balance of the register.</source>
        <translation>Расхождений нет: каждое подсчитанное количество равно остатку по реестру.</translation>
    </message>
    <message>
        <source>Member of the commission</source>
        <translation>Член комиссии</translation>
    </message>
    <message>
        <source>verify the QR seal of a certificate (a PDF, a PNG/JPEG scan or the QR text)</source>
        <translation>проверить QR-печать удостоверения (PDF, скан PNG/JPEG или текст QR-кода)</translation>
    </message>
    <message>
        <source>Prints the verdict (valid, invalid signature, unknown key, revoked key, revoked certificate, malformed) and the fields of every seal found. Exit status 0 only when every seal found is valid. Without --trust the office database (--db) provides the trust list.</source>
        <translation>Выводит заключение (действительна, недействительная подпись, неизвестный ключ, отозванный ключ, отозванное удостоверение, повреждена) и поля каждой найденной печати. Код завершения 0 только если все найденные печати действительны. Без --trust список доверия берётся из базы данных представительства (--db).</translation>
    </message>
    <message>
        <source>a PDF, an image file, a text file, or the seal text itself (MR1:…)</source>
        <translation>PDF, файл изображения, текстовый файл или сам текст печати (MR1:…)</translation>
    </message>
    <message>
        <source>the issuing office&apos;s trust list (repeat for several offices)</source>
        <translation>список доверия представительства, выдавшего удостоверение (повторите для нескольких представительств)</translation>
    </message>
    <message>
        <source>accept a trust list only if its root key has this fingerprint (as the office gave it to you)</source>
        <translation>принимать список доверия, только если его корневой ключ имеет этот отпечаток (полученный от представительства)</translation>
    </message>
    <message>
        <source>Read page {done:,} of {total:,}</source>
        <translation>Прочитана страница {done:,} из {total:,}</translation>
    </message>
    <message>
        <source>A trust list is needed to verify a seal: give the issuing office&apos;s trust list with --trust FILE (the office exports it with `milrep keys export-trust`), or the office database with --db.</source>
        <translation>Для проверки печати нужен список доверия: укажите список доверия выдавшего представительства через --trust ФАЙЛ (представительство экспортирует его командой `milrep keys export-trust`) или базу данных представительства через --db.</translation>
    </message>
    <message>
        <source>{reason}
Without the office database, give the issuing office&apos;s trust list with --trust FILE.</source>
        <translation>{reason}
Без базы данных представительства укажите список доверия выдавшего представительства через --trust ФАЙЛ.</translation>
    </message>
    <message>
        <source>Trust list of office {office}, version {version}; root key {fingerprint}</source>
        <translation>Список доверия представительства {office}, версия {version}; корневой ключ {fingerprint}</translation>
    </message>
    <message>
        <source>  Compare this fingerprint with the one the office gave you (or pass it with --root).</source>
        <translation>  Сверьте этот отпечаток с полученным от представительства (или передайте его через --root).</translation>
    </message>
    <message>
        <source>No QR seal was found in {source}. Scan at 300 dpi or more, flat and in focus, with the whole symbol and its white margin.</source>
        <translation>В {source} не найдена QR-печать. Сканируйте с разрешением не менее 300 dpi, ровно и в фокусе, захватывая весь символ с белым полем.</translation>
    </message>
    <message>
        <source> (page {page})</source>
        <translation> (страница {page})</translation>
    </message>
    <message>
        <source>Seal {i} of {n}{where}: {verdict}</source>
        <translation>Печать {i} из {n}{where}: {verdict}</translation>
    </message>
    <message>
        <source>  What the seal claims (NOT confirmed):</source>
        <translation>  Сведения печати (НЕ подтверждены):</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>Other claim {key}</source>
        <translation>Прочее поле {key}</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Представительство</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Номер удостоверения</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Contractor BIN</source>
        <translation>БИН поставщика</translation>
    </message>
    <message>
        <source>Nomenclature code</source>
        <translation>Код номенклатуры</translation>
    </message>
    <message>
        <source>Lot / serial numbers</source>
        <translation>Номера партий / заводские номера</translation>
    </message>
    <message>
        <source>Certificate id</source>
        <translation>Идентификатор удостоверения</translation>
    </message>
    <message>
        <source>Record digest</source>
        <translation>Хеш записи</translation>
    </message>
    <message>
        <source>Nomenclature code {code} is already on this contract&apos;s control list.</source>
        <translation>Код номенклатуры {code} уже есть в перечне по этому договору.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>The delivery deadline is outside the contract&apos;s validity ({start} – {end}).</source>
        <translation>Срок поставки выходит за пределы срока действия договора ({start} – {end}).</translation>
    </message>
    <message>
        <source>The control list is approved by the authorized body or the recipient (Article 27.2).</source>
        <translation>Перечень утверждается уполномоченным органом или получателем ГОЗ (статья 27.2).</translation>
    </message>
    <message>
        <source>Enter the approval document for the approval date.</source>
        <translation>Если указана дата утверждения, укажите и документ об утверждении.</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Ежемесячный отчёт</translation>
    </message>
    <message>
        <source>of the military representative office for {month} ({first} – {last})</source>
        <translation>военного представительства за {month} ({first} – {last})</translation>
    </message>
    <message>
        <source>Nothing was presented, accepted, returned, suspended, certified or reclaimed in this month: every figure below is zero.</source>
        <translation>В этом месяце не было предъявлений, приёмок, возвратов, приостановлений, выдачи удостоверений о качестве и рекламаций: все показатели ниже равны нулю.</translation>
    </message>
    <message>
        <source>Work by item</source>
        <translation>Работа по позициям</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Предъявления</translation>
    </message>
    <message>
        <source>Units accepted</source>
        <translation>Принято изделий</translation>
    </message>
    <message>
        <source>Units rejected</source>
        <translation>Забраковано изделий</translation>
    </message>
    <message>
        <source>Defects</source>
        <translation>Дефекты</translation>
    </message>
    <message>
        <source>No item had presentations, decisions or defects this month.</source>
        <translation>В этом месяце ни по одной позиции не было предъявлений, решений или дефектов.</translation>
    </message>
    <message>
        <source>Reliability trend, {first} – {last}</source>
        <translation>Динамика надёжности, {first} – {last}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>First pass</source>
        <translation>С первого предъявления</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Доля возвратов</translation>
    </message>
    <message>
        <source>First pass: presentations accepted at attempt 1 of those decided at attempt 1. Return rate: presentations returned of all decided. Defects: nonconforming results (unit × characteristic) and short completeness lines of decided inspections, nonconformities raised by hand, failed tests, defective units reported by reclamations (not those due to improper operation).</source>
        <translation>С первого предъявления: доля предъявлений, принятых с 1-й попытки, среди решённых с 1-й попытки. Доля возвратов: доля возвращённых предъявлений среди всех решённых. Дефекты: несоответствующие результаты (изделие × характеристика) и строки некомплектности по завершённым контролям, несоответствия, зарегистрированные вручную, отрицательные результаты испытаний, дефектные изделия по рекламациям (кроме дефектов из-за неправильной эксплуатации).</translation>
    </message>
    <message>
        <source>Pareto of defects, {first} – {last}</source>
        <translation>Диаграмма Парето по дефектам, {first} – {last}</translation>
    </message>
    <message>
        <source>Defect category</source>
        <translation>Категория дефекта</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Накопленная доля</translation>
    </message>
    <message>
        <source>Sources: {sources}.</source>
        <translation>Источники: {sources}.</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>False on very long lists: words too short for the search index are left out of the filter (each would cost a scan of every row); :func:`ignored_words` names them. Lists longer than this search only words the index can serve (see ``ListQuery.short_words``).
----------
&quot;in_force&quot; while no resumption names the suspension, else &quot;resumed&quot;
----------
&quot;valid&quot;, &quot;revoked&quot; or &quot;superseded&quot; (revoked by a re-issue), from the revocations</extracomment>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Value, ₸</source>
        <translation>Стоимость, ₸</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Register of material assets</source>
        <translation>Реестр материальных ценностей</translation>
    </message>
    <message>
        <source>created or purchased with budget funds under the state defense order (Article 27.3.5); balances at the end of {date}</source>
        <translation>созданных или приобретённых за счёт бюджетных средств по государственному оборонному заказу (статья 27.3.5); остатки на конец дня {date}</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Ценности</translation>
    </message>
    <message>
        <source>Value by category</source>
        <translation>Стоимость по категориям</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Inventory No.</source>
        <extracomment>the asset&apos;s balance over all its movements, in thousandths</extracomment>
        <translation>Инвентарный №</translation>
    </message>
    <message>
        <source>Name, category, contract</source>
        <translation>Наименование, категория, договор</translation>
    </message>
    <message>
        <source>Location, responsible</source>
        <translation>Место нахождения, ответственный</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Unit cost, ₸</source>
        <translation>Цена за единицу, ₸</translation>
    </message>
    <message>
        <source>Total ({n} assets)</source>
        <translation>Итого (ценностей: {n})</translation>
    </message>
    <message>
        <source>Movements of material assets</source>
        <translation>Движение материальных ценностей</translation>
    </message>
    <message>
        <source>from {first} to {last} inclusive</source>
        <translation>с {first} по {last} включительно</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Движения</translation>
    </message>
    <message>
        <source>Totals by kind</source>
        <translation>Итоги по видам</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Ценность</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Откуда → куда</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Grounds, signed by</source>
        <translation>Основание, подписал</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Остаток после</translation>
    </message>
    <message>
        <source>No movement in this period.</source>
        <translation>За этот период движения не было.</translation>
    </message>
    <message>
        <source>Delivery by</source>
        <translation>Срок поставки</translation>
    </message>
    <message>
        <source>Technical documentation</source>
        <translation>Техническая документация</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Извещение</translation>
    </message>
    <message>
        <source>Presented</source>
        <translation>Дата предъявления</translation>
    </message>
    <message>
        <source>Protocol of acceptance tests</source>
        <translation>Протокол приемо-сдаточных испытаний</translation>
    </message>
    <message>
        <source>Inspection protocol</source>
        <translation>Протокол контроля</translation>
    </message>
    <message>
        <source>Protocol of inspection of a work stage</source>
        <translation>Протокол контроля этапа работ</translation>
    </message>
    <message>
        <source>Protocol of inspection of a service rendered</source>
        <translation>Протокол проверки оказанной услуги</translation>
    </message>
    <message>
        <source>{item}, lot {lot}, attempt {attempt}</source>
        <translation>{item}, партия {lot}, предъявление {attempt}</translation>
    </message>
    <message>
        <source>DRAFT: the inspection is not decided; results may still change.</source>
        <translation>ПРОЕКТ: решение по контролю не принято, результаты ещё могут измениться.</translation>
    </message>
    <message>
        <source>General information</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Notice of presentation</source>
        <translation>Извещение о предъявлении</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№ {number} от {date}</translation>
    </message>
    <message>
        <source>, made on {date}</source>
        <translation>, изготовлена {date}</translation>
    </message>
    <message>
        <source>Quantity presented</source>
        <translation>Предъявлено</translation>
    </message>
    <message>
        <source>Serial numbers presented</source>
        <translation>Заводские номера</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Предъявление</translation>
    </message>
    <message>
        <source>Inspection by the plant&apos;s quality department (OTK)</source>
        <translation>Контроль ОТК предприятия</translation>
    </message>
    <message>
        <source>Kind of inspection</source>
        <translation>Вид контроля</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Начат</translation>
    </message>
    <message>
        <source>{time}, {person}</source>
        <translation>{time}, {person}</translation>
    </message>
    <message>
        <source>Sampling plan</source>
        <translation>План контроля</translation>
    </message>
    <message>
        <source>Characteristics checked</source>
        <translation>Проверяемые характеристики</translation>
    </message>
    <message>
        <source>As copied from the item&apos;s requirements when the inspection was opened.</source>
        <translation>В том виде, в каком они скопированы из требований к позиции при открытии контроля.</translation>
    </message>
    <message>
        <source>The conclusion on the verified costs no longer exists.</source>
        <translation>Заключения по проверке затрат больше нет.</translation>
    </message>
    <message>
        <source>Conclusion on the verification of actual costs</source>
        <translation>Заключение по проверке фактических затрат</translation>
    </message>
    <message>
        <source>What was verified</source>
        <translation>Объект проверки</translation>
    </message>
    <message>
        <source>Subject of the verification</source>
        <translation>Предмет проверки</translation>
    </message>
    <message>
        <source>Verification opened</source>
        <translation>Проверка начата</translation>
    </message>
    <message>
        <source>Cost items, tenge</source>
        <translation>Статьи затрат, тенге</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Cost item</source>
        <translation>Статья затрат</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Заявлено</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Оспорено</translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation>Подтверждающие документы</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>✗ an amount the office disputes (grounds in the remarks).</source>
        <translation>✗ сумма, оспариваемая военным представительством (основания — в замечаниях).</translation>
    </message>
    <message>
        <source>Totals by category, tenge</source>
        <translation>Итоги по категориям, тенге</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Claimed {claimed} tenge; verified {verified} tenge; disputed {disputed} tenge.</source>
        <translation>Заявлено {claimed} тенге; подтверждено {verified} тенге; оспорено {disputed} тенге.</translation>
    </message>
    <message>
        <source>Issued under subparagraph 8) of paragraph 3 of Article 27 of {law}, in accordance with the pricing rules for the state defense order.</source>
        <translation>Выдано на основании подпункта 8) пункта 3 статьи 27 {law} в соответствии с правилами ценообразования по государственному оборонному заказу.</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Характеристика</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Nominal</source>
        <translation>Номинал</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Method, reference</source>
        <translation>Метод, ссылка</translation>
    </message>
    <message>
        <source>Units checked</source>
        <translation>Выборка, ед.</translation>
    </message>
    <message>
        <source>Measuring instruments used</source>
        <translation>Применённые средства измерений</translation>
    </message>
    <message>
        <source>Range, accuracy</source>
        <translation>Диапазон, точность</translation>
    </message>
    <message>
        <source>Calibrated on</source>
        <translation>Дата поверки</translation>
    </message>
    <message>
        <source>Calibration due</source>
        <translation>Поверка до</translation>
    </message>
    <message>
        <source>For characteristic No.</source>
        <translation>Для характеристик №</translation>
    </message>
    <message>
        <source>No measuring instrument was recorded with the results.</source>
        <translation>Средства измерений при результатах не указаны.</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Комплектность</translation>
    </message>
    <message>
        <source>Component of the set</source>
        <translation>Составная часть комплекта</translation>
    </message>
    <message>
        <source>Found</source>
        <extracomment>1 for a conflict a person settles; 0 for one on a derived column (the search text), which is settled with the conflict of the same write on the row&apos;s own columns</extracomment>
        <translation>Фактически</translation>
    </message>
    <message>
        <source>The item has no completeness list.</source>
        <translation>Для позиции комплектность не установлена.</translation>
    </message>
    <message>
        <source>Nonconformities</source>
        <translation>Несоответствия</translation>
    </message>
    <message>
        <source>Photos and scans kept with the inspection</source>
        <translation>Фотографии и сканы, хранящиеся с результатами контроля</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size, bytes</source>
        <translation>Размер, байт</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Representative of the plant&apos;s quality department (OTK)</source>
        <translation>Представитель ОТК предприятия</translation>
    </message>
    <message>
        <source>{attempt} (re-presentation after a return: only the characteristics that failed are re-tested)</source>
        <translation>{attempt} (повторное предъявление после возврата: проверяются только характеристики, по которым были несоответствия)</translation>
    </message>
    <message>
        <source>Single sampling per ISO 2859-1 (MIL-STD-105E), inspection level {level}, {severity} inspection; lot of {quantity} units.</source>
        <translation>Одноступенчатый выборочный контроль по ISO 2859-1 (MIL-STD-105E), уровень контроля {level}, {severity} контроль; объем партии {quantity} ед.</translation>
    </message>
    <message>
        <source>AQL, %</source>
        <translation>AQL, %</translation>
    </message>
    <message>
        <source>Code letter</source>
        <translation>Кодовая буква</translation>
    </message>
    <message>
        <source>Sample size n</source>
        <translation>Объем выборки n</translation>
    </message>
    <message>
        <source>Acceptance number Ac</source>
        <translation>Приемочное число Ac</translation>
    </message>
    <message>
        <source>Rejection number Re</source>
        <translation>Браковочное число Re</translation>
    </message>
    <message>
        <source>Critical nonconformities are not tolerated: one returns the lot. An arrow shows a code letter moved by the table&apos;s arrows.</source>
        <translation>Критические несоответствия недопустимы: одно такое несоответствие влечет возврат партии. Стрелкой показан переход кодовой буквы по стрелкам таблицы.</translation>
    </message>
    <message>
        <source>Fixed sample of {n} units from a lot of {quantity}; the lot is accepted when no sampled unit is nonconforming (Ac 0, Re 1).</source>
        <translation>Выборка постоянного объема: {n} ед. из партии {quantity} ед.; партия принимается, если в выборке нет несоответствующих единиц (Ac 0, Re 1).</translation>
    </message>
    <message>
        <source>100 % inspection: each of the {quantity} units presented is inspected and judged on its own.</source>
        <translation>Сплошной контроль: каждая из {quantity} предъявленных единиц проверяется и оценивается отдельно.</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>нормальный</translation>
    </message>
    <message>
        <source>tightened</source>
        <translation>усиленный</translation>
    </message>
    <message>
        <source>reduced</source>
        <translation>ослабленный</translation>
    </message>
    <message>
        <source>No characteristic was checked.</source>
        <translation>Характеристики не проверялись.</translation>
    </message>
    <message>
        <source>Characteristics {first}–{last}</source>
        <translation>Характеристики {first}–{last}</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Образец</translation>
    </message>
    <message>
        <source>✗ out of limits or not conforming;  — not measured;  a blank cell: the unit is outside that class&apos;s sample.</source>
        <translation>✗ вне допуска или не соответствует;  — не измерено;  пустая клетка: единица не входит в выборку этого класса.</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>columns a service derives from others (the search index text): a conflict on one goes with the conflict of the same losing write on the row&apos;s own columns, is settled with it, and is not listed for a person on its own</extracomment>
        <translation>открыто</translation>
    </message>
    <message>
        <source>No nonconformity was raised from this inspection.</source>
        <translation>По результатам контроля несоответствия не оформлялись.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Not decided. Verdict of the rules as the results stand: {verdict}. {reason}</source>
        <translation>Решение не принято. Вывод по правилам при имеющихся результатах: {verdict}. {reason}</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Основание: {reason}</translation>
    </message>
    <message>
        <source>Acceptance record No. {number} of {date}: accepted {accepted} {unit}, rejected {rejected}.</source>
        <translation>Акт приемки № {number} от {date}: принято {accepted} {unit}, забраковано {rejected}.</translation>
    </message>
    <message>
        <source>Rejected serial numbers: {serials}.</source>
        <translation>Забракованы заводские номера: {serials}.</translation>
    </message>
    <message>
        <source>Return notice No. {number} of {date}.</source>
        <translation>Уведомление о возврате № {number} от {date}.</translation>
    </message>
    <message>
        <source>{document}, revision {revision}, clause {clause}</source>
        <translation>{document}, редакция {revision}, пункт {clause}</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>the Law of the Republic of Kazakhstan of 18 March 2019 No. 236-VI “On the defense industry and the state defense order”</source>
        <translation>Закона Республики Казахстан от 18 марта 2019 года № 236-VI «Об оборонной промышленности и государственном оборонном заказе»</translation>
    </message>
    <message>
        <source>failure to fulfil the terms of a state defense order contract</source>
        <translation>невыполнение условий договора о выполнении государственного оборонного заказа</translation>
    </message>
    <message>
        <source>failure to fulfil decisions made to ensure good quality and reliability of works, services</source>
        <translation>невыполнение решений, принятых по обеспечению качества и надежности работ, услуг</translation>
    </message>
    <message>
        <source>failure to fulfil decisions made to ensure good quality and reliability of goods (products)</source>
        <translation>невыполнение решений, принятых по обеспечению качества и надежности товаров (продукции)</translation>
    </message>
    <message>
        <source>failed tests</source>
        <translation>отрицательные результаты испытаний</translation>
    </message>
    <message>
        <source>in-service identification of defects that caused the failure of goods (products), if goods (products) in process also have such defects</source>
        <translation>выявление в процессе эксплуатации дефектов, вызвавших отказ товаров (продукции), если такие дефекты имеются и у товаров (продукции), находящихся в производстве</translation>
    </message>
    <message>
        <source>lot {lot} of {item}</source>
        <translation>партия {lot}: {item}</translation>
    </message>
    <message>
        <source>all goods, works and services of contract {contract}</source>
        <translation>вся продукция, работы и услуги по договору {contract}</translation>
    </message>
    <message>
        <source>performance and acceptance of the work or service</source>
        <translation>выполнение и приемку работы (услуги)</translation>
    </message>
    <message>
        <source>acceptance and shipment</source>
        <translation>приемку и отгрузку</translation>
    </message>
    <message>
        <source>Notice of suspension of works and services</source>
        <translation>Уведомление о приостановлении выполнения работ и оказания услуг</translation>
    </message>
    <message>
        <source>Notice of suspension of acceptance and shipment</source>
        <translation>Уведомление о приостановлении приемки и отгрузки</translation>
    </message>
    <message>
        <source>Under subparagraph {sub}) of paragraph 4 of Article 27 of {law}, the military representative office suspends {what} of {target} from {time}.</source>
        <translation>На основании подпункта {sub}) пункта 4 статьи 27 {law} военное представительство с {time} приостанавливает {what}: {target}.</translation>
    </message>
    <message>
        <source>Ground and scope</source>
        <translation>Основание и пределы</translation>
    </message>
    <message>
        <source>, completed on {date}</source>
        <translation>, завершены {date}</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <source>this lot only</source>
        <translation>только эта партия</translation>
    </message>
    <message>
        <source>lots made on or after {date} (the last positive periodic test)</source>
        <translation>партии, изготовленные {date} и позднее (дата последних положительных периодических испытаний)</translation>
    </message>
    <message>
        <source>every lot, whenever made</source>
        <translation>все партии, независимо от даты изготовления</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Lots covered</source>
        <translation>Распространяется на</translation>
    </message>
    <message>
        <source>Lots registered so far that it covers</source>
        <translation>Зарегистрированные партии, на которые распространяется</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Последствия</translation>
    </message>
    <message>
        <source>While the suspension is in force the office does not accept the work or service in its scope.</source>
        <translation>Пока приостановление действует, военное представительство не принимает работы (услуги) в его пределах.</translation>
    </message>
    <message>
        <source>While the suspension is in force the office does not accept, certify or release for shipment the goods in its scope.</source>
        <translation>Пока приостановление действует, военное представительство не принимает, не оформляет удостоверения качества и не допускает к отгрузке продукцию в его пределах.</translation>
    </message>
    <message>
        <source>It ends only by a resumption decision of the head of the office, once the contractor&apos;s corrective actions are verified and a repeat test is positive.</source>
        <translation>Приостановление отменяется только решением начальника военного представительства о возобновлении после проверки корректирующих действий исполнителя и при положительных результатах повторных испытаний.</translation>
    </message>
    <message>
        <source>It ends only by a resumption decision of the head of the office, once the contractor&apos;s corrective actions are verified.</source>
        <translation>Приостановление отменяется только решением начальника военного представительства о возобновлении после проверки корректирующих действий исполнителя.</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Record of</source>
        <translation>Вид записи</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field or rule</source>
        <translation>Поле или правило</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Испытания</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начаты</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершены</translation>
    </message>
    <message>
        <source>Conclusion No.</source>
        <translation>№ заключения</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Current revision</source>
        <translation>Действующая редакция</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Protection measure</source>
        <translation>Мера защиты</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Дата оценки</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Next check</source>
        <translation>Следующая проверка</translation>
    </message>
    <message>
        <source>Claimed, ₸</source>
        <translation>Заявлено, ₸</translation>
    </message>
    <message>
        <source>Disputed, ₸</source>
        <translation>Оспорено, ₸</translation>
    </message>
    <message>
        <source>Opinion on the results of periodic tests</source>
        <translation>Заключение по результатам периодических испытаний</translation>
    </message>
    <message>
        <source>Opinion on the results of qualification tests</source>
        <translation>Заключение по результатам квалификационных испытаний</translation>
    </message>
    <message>
        <source>Opinion on the results of type tests</source>
        <translation>Заключение по результатам типовых испытаний</translation>
    </message>
    <message>
        <source>The test</source>
        <translation>Испытания</translation>
    </message>
    <message>
        <source>Kind of test</source>
        <translation>Вид испытаний</translation>
    </message>
    <message>
        <source>Test programme</source>
        <translation>Программа испытаний</translation>
    </message>
    <message>
        <source>Test protocol</source>
        <translation>Протокол испытаний</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведены</translation>
    </message>
    <message>
        <source>Result of the test</source>
        <translation>Результат испытаний</translation>
    </message>
    <message>
        <source>Repeat of</source>
        <translation>Повтор испытаний</translation>
    </message>
    <message>
        <source>Conclusion of the military representative office</source>
        <translation>Заключение военного представительства</translation>
    </message>
    <message>
        <source>A negative result is a ground to suspend acceptance and shipment (subparagraph 8) of paragraph 4 of Article 27 of the Law).</source>
        <translation>Отрицательный результат является основанием для приостановления приемки и отгрузки (подпункт 8) пункта 4 статьи 27 Закона).</translation>
    </message>
    <message>
        <source>Issued under subparagraph 4) of paragraph 4 of Article 27 of {law}.</source>
        <translation>Выдано в соответствии с подпунктом 4) пункта 4 статьи 27 {law}.</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Заключение</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Выявлено</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Калибровка</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Средство измерений</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>Заводской №</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Диапазон</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>Откалибровано</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место нахождения</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписал</translation>
    </message>
    <message>
        <source>Manufactured</source>
        <translation>Изготовлена</translation>
    </message>
    <message>
        <source>Serials</source>
        <translation>Заводские номера</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Маркировка</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Партии</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Being implemented</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Choose the control-list item.</source>
        <translation>Выберите позицию перечня.</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; does not belong to the chosen contract.</source>
        <translation>«{item}» не относится к выбранному договору.</translation>
    </message>
    <message>
        <source>How the implementation was verified</source>
        <translation>Как проверено выполнение</translation>
    </message>
    <message>
        <source>A decision cannot be implemented in the future.</source>
        <translation>Дата выполнения решения не может быть в будущем.</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Причина отмены</translation>
    </message>
    <message>
        <source>Choose the lot.</source>
        <translation>Выберите партию.</translation>
    </message>
    <message>
        <source>Lot {lot} has not been accepted: storage checks are for accepted goods awaiting shipment.</source>
        <translation>Партия {lot} не принята: проверки условий хранения проводятся для принятой продукции, ожидающей отгрузки.</translation>
    </message>
    <message>
        <source>A check cannot be dated in the future.</source>
        <translation>Дата проверки не может быть в будущем.</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Дата приемки</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Дата проверки</translation>
    </message>
    <message>
        <source>Describe the findings: the storage conditions are not met.</source>
        <translation>Опишите выявленное: условия хранения не соблюдаются.</translation>
    </message>
    <message>
        <source>The decision no longer exists.</source>
        <translation>Решение больше не существует.</translation>
    </message>
    <message>
        <source>Decision &quot;{title}&quot; is already {status}.</source>
        <translation>Решение «{title}» уже имеет статус «{status}».</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Номер партии</translation>
    </message>
    <message>
        <source>Lot {lot} is already registered for this item.</source>
        <translation>Партия {lot} по этой позиции уже зарегистрирована.</translation>
    </message>
    <message>
        <source>There is no acceptance record {number}.</source>
        <translation>Акта приёмки {number} не существует.</translation>
    </message>
    <message>
        <source>Choose the acceptance records to certify.</source>
        <translation>Выберите акты приёмки для удостоверения.</translation>
    </message>
    <message>
        <source>The acceptance record no longer exists.</source>
        <translation>Акт приёмки больше не существует.</translation>
    </message>
    <message>
        <source>A certificate covers one item: the chosen acceptance records are of different items.</source>
        <translation>Удостоверение охватывает одно изделие: выбранные акты приёмки относятся к разным изделиям.</translation>
    </message>
    <message>
        <source>The quantity to certify must be a whole number greater than zero.</source>
        <translation>Количество для сертификации должно быть целым числом больше нуля.</translation>
    </message>
    <message>
        <source>Serial numbers repeated: {serials}.</source>
        <translation>Повторяющиеся заводские номера: {serials}.</translation>
    </message>
    <message>
        <source>Not accepted by the chosen records, or already certified: {serials}.</source>
        <translation>Не приняты выбранными актами или уже сертифицированы: {serials}.</translation>
    </message>
    <message>
        <source>The quantity ({qty}) differs from the number of serials ({n}).</source>
        <translation>Количество ({qty}) не совпадает с числом заводских номеров ({n}).</translation>
    </message>
    <message>
        <source>The accepted units have serial numbers: list the serials of the {qty} {unit} to certify.</source>
        <translation>Принятые единицы имеют заводские номера: перечислите заводские номера {qty} {unit} для сертификации.</translation>
    </message>
    <message>
        <source>{nonconformity} (lot {lot})</source>
        <translation>{nonconformity} (партия {lot})</translation>
    </message>
    <message>
        <source>Serial numbers already registered for this item in another lot: {serials}.</source>
        <translation>Заводские номера уже зарегистрированы по этой позиции в другой партии: {serials}.</translation>
    </message>
    <message>
        <source>The lot quantity must be a whole number.</source>
        <translation>Количество в партии должно быть целым числом.</translation>
    </message>
    <message>
        <source>The lot quantity ({qty}) differs from the number of serials ({n}).</source>
        <translation>Количество в партии ({qty}) не совпадает с числом заводских номеров ({n}).</translation>
    </message>
    <message>
        <source>Enter the serial numbers or the quantity.</source>
        <translation>Укажите заводские номера или количество.</translation>
    </message>
    <message>
        <source>An organization with BIN {bin} already exists.</source>
        <translation>Организация с БИН {bin} уже существует.</translation>
    </message>
    <message>
        <source>The organization no longer exists.</source>
        <translation>Организация больше не существует.</translation>
    </message>
    <message>
        <source>Issued the certificate confirming quality</source>
        <translation>Выдано удостоверение, подтверждающее качество</translation>
    </message>
    <message>
        <source>Revoked the certificate</source>
        <translation>Удостоверение отозвано</translation>
    </message>
    <message>
        <source>Accepted on behalf of the state</source>
        <translation>Принято от имени государства</translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <source>Suspended acceptance and shipment</source>
        <translation>Приемка и отгрузка приостановлены</translation>
    </message>
    <message>
        <source>Resumed acceptance and shipment</source>
        <translation>Приемка и отгрузка возобновлены</translation>
    </message>
    <message>
        <source>Issued the office&apos;s opinion</source>
        <translation>Выдано заключение военного представительства</translation>
    </message>
    <message>
        <source>Reconciled the inventory</source>
        <translation>Инвентаризация сверена</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Signed the office&apos;s trust list with the root key</source>
        <translation>Список доверия представительства подписан корневым ключом</translation>
    </message>
    <message>
        <source>Signed the office&apos;s keyring with the root key</source>
        <translation>Связка ключей представительства подписана корневым ключом</translation>
    </message>
    <message>
        <source>Only the signed-in person can sign.</source>
        <translation>Подписать может только вошедший в систему пользователь.</translation>
    </message>
    <message>
        <source>A user name is 2 to 32 characters: lower-case Latin letters, digits, dot, dash or underscore, starting with a letter.</source>
        <translation>Имя пользователя — от 2 до 32 символов: строчные латинские буквы, цифры, точка, дефис или подчеркивание; первый символ — буква.</translation>
    </message>
    <message>
        <source>The password must be at least {n} characters long.</source>
        <translation>Пароль должен содержать не менее {n} символов.</translation>
    </message>
    <message>
        <source>The password must contain both letters and digits.</source>
        <translation>Пароль должен содержать и буквы, и цифры.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Пароль не должен содержать имя пользователя.</translation>
    </message>
    <message>
        <source>The password is too simple: use at least five different characters.</source>
        <translation>Пароль слишком простой: используйте не менее пяти различных символов.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Укажите фамилию, имя и отчество.</translation>
    </message>
    <message>
        <source>The user name {user} is already taken.</source>
        <translation>Имя пользователя {user} уже занято.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Нельзя отключить собственную учетную запись.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Неверный текущий пароль.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>Новый пароль должен отличаться от прежнего.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Пользователь больше не существует.</translation>
    </message>
    <message>
        <source>The office must keep at least one active head of office.</source>
        <translation>В военном представительстве должен оставаться хотя бы один активный начальник ВП.</translation>
    </message>
    <message>
        <source>Quality control and acceptance workstation of a military representative office. Without a command the desktop application starts.</source>
        <translation>Рабочее место контроля качества и приемки военного представительства. Без команды запускается графическое приложение.</translation>
    </message>
    <message>
        <source>The password is read from the MILREP_PASSWORD environment variable, from --password-file or asked for. Exit status: 0 success, 1 refused or invalid, 2 usage error.</source>
        <translation>Пароль берется из переменной окружения MILREP_PASSWORD, из --password-file или запрашивается. Код завершения: 0 — успех, 1 — отказ или недопустимые данные, 2 — ошибка использования.</translation>
    </message>
    <message>
        <source>office database file (default: {path})</source>
        <translation>файл базы данных ВП (по умолчанию: {path})</translation>
    </message>
    <message>
        <source>user name to sign in with (default: $MILREP_USER or asked for)</source>
        <translation>имя пользователя для входа (по умолчанию: $MILREP_USER или запрашивается)</translation>
    </message>
    <message>
        <source>read the password from the first line of FILE</source>
        <translation>прочитать пароль из первой строки файла FILE</translation>
    </message>
    <message>
        <source>start the desktop application (the default)</source>
        <translation>запустить графическое приложение (по умолчанию)</translation>
    </message>
    <message>
        <source>create a new office database and its head of office</source>
        <translation>создать новую базу данных ВП и учетную запись начальника ВП</translation>
    </message>
    <message>
        <source>office code, e.g. 17</source>
        <translation>код ВП, например 17</translation>
    </message>
    <message>
        <source>office name</source>
        <translation>наименование ВП</translation>
    </message>
    <message>
        <source>name of the plant the office works at</source>
        <translation>наименование предприятия, при котором работает ВП</translation>
    </message>
    <message>
        <source>code of this workstation, e.g. WS1</source>
        <translation>код этого рабочего места, например WS1</translation>
    </message>
    <message>
        <source>name of this workstation</source>
        <translation>наименование этого рабочего места</translation>
    </message>
    <message>
        <source>user name of the head of office</source>
        <translation>имя пользователя начальника ВП</translation>
    </message>
    <message>
        <source>full name of the head of office</source>
        <translation>фамилия, имя, отчество начальника ВП</translation>
    </message>
    <message>
        <source>military rank of the head of office</source>
        <translation>воинское звание начальника ВП</translation>
    </message>
    <message>
        <source>build a demo office (fictional plant) at --db</source>
        <translation>создать демонстрационное ВП (вымышленное предприятие) по пути --db</translation>
    </message>
    <message>
        <source>fill the contracts and the control list up to N rows (scale tests)</source>
        <translation>заполнить договоры и перечень до N строк (нагрузочные испытания)</translation>
    </message>
    <message>
        <source>replace an existing demo database at the same path</source>
        <translation>заменить существующую демонстрационную базу по тому же пути</translation>
    </message>
    <message>
        <source>2: also write a second workstation&apos;s database beside it, enrolled, to exchange sync bundles with</source>
        <translation>2: также создать рядом базу данных второго, уже подключённого рабочего места для передачи пакетов обмена между ними</translation>
    </message>
    <message>
        <source>show the office, users, record counts and files</source>
        <translation>показать ВП, пользователей, количество записей и файлы</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>вывести в формате JSON</translation>
    </message>
    <message>
        <source>audit journal</source>
        <translation>журнал аудита</translation>
    </message>
    <message>
        <source>check the hash chain of the audit journal</source>
        <translation>проверить цепочку хешей журнала аудита</translation>
    </message>
    <message>
        <source>set a new password for an account with the recovery code (also enables it)</source>
        <translation>установить новый пароль учетной записи с помощью кода восстановления (учетная запись также включается)</translation>
    </message>
    <message>
        <source>The recovery code is read from the MILREP_RECOVERY_CODE environment variable or asked for; the new password from MILREP_PASSWORD, --password-file or asked for twice.</source>
        <translation>Код восстановления берется из переменной окружения MILREP_RECOVERY_CODE или запрашивается; новый пароль — из MILREP_PASSWORD, --password-file или запрашивается дважды.</translation>
    </message>
    <message>
        <source>the account to recover</source>
        <translation>учетная запись, доступ к которой нужно восстановить</translation>
    </message>
    <message>
        <source>write an encrypted copy of the database and its key file</source>
        <translation>записать зашифрованную копию базы данных и ее файла ключей</translation>
    </message>
    <message>
        <source>the copy to write (FILE.keys is written beside it)</source>
        <translation>файл копии (рядом записывается FILE.keys)</translation>
    </message>
    <message>
        <source>overwrite an existing copy</source>
        <translation>перезаписать существующую копию</translation>
    </message>
    <message>
        <source>not a whole number: {v}</source>
        <translation>не целое число: {v}</translation>
    </message>
    <message>
        <source>must not be negative: {v}</source>
        <translation>не может быть отрицательным: {v}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>No graphical display is available (DISPLAY and WAYLAND_DISPLAY are not set). Start milrep from a desktop session, or use the command-line subcommands (milrep --help). For automated runs set QT_QPA_PLATFORM=offscreen.</source>
        <translation>Графический дисплей недоступен (DISPLAY и WAYLAND_DISPLAY не заданы). Запустите milrep из графического сеанса или используйте команды командной строки (milrep --help). Для автоматических запусков задайте QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>No desktop interface is installed (no &quot;gui&quot; entry point in the milrep.frontends group). Reinstall milrep (pip install -e . in a development checkout), or use the command-line subcommands (milrep --help).</source>
        <translation>Графический интерфейс не установлен (в группе milrep.frontends нет точки входа «gui»). Переустановите milrep (pip install -e . в рабочей копии для разработки) или используйте команды командной строки (milrep --help).</translation>
    </message>
    <message>
        <source>The desktop interface cannot be loaded ({reason}). Reinstall milrep with its PySide6 dependency, or use the command-line subcommands (milrep --help).</source>
        <translation>Не удается загрузить графический интерфейс ({reason}). Переустановите milrep вместе с зависимостью PySide6 или используйте команды командной строки (milrep --help).</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Код ВП</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Наименование ВП</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>Предприятие</translation>
    </message>
    <message>
        <source>Workstation code</source>
        <translation>Код рабочего места</translation>
    </message>
    <message>
        <source>Workstation name</source>
        <translation>Наименование рабочего места</translation>
    </message>
    <message>
        <source>User name of the head of office</source>
        <translation>Имя пользователя начальника ВП</translation>
    </message>
    <message>
        <source>Full name of the head of office</source>
        <translation>Фамилия, имя, отчество начальника ВП</translation>
    </message>
    <message>
        <source>Rank of the head of office</source>
        <translation>Воинское звание начальника ВП</translation>
    </message>
    <message>
        <source>Password of {user}: </source>
        <translation>Пароль пользователя {user}: </translation>
    </message>
    <message>
        <source>Office database created: {path}</source>
        <translation>База данных ВП создана: {path}</translation>
    </message>
    <message>
        <source>Key file: {path} (keep it with the database and back up both).</source>
        <translation>Файл ключей: {path} (храните его вместе с базой данных и резервируйте оба файла).</translation>
    </message>
    <message>
        <source>RECOVERY CODE (shown only this once):</source>
        <translation>КОД ВОССТАНОВЛЕНИЯ (показывается только один раз):</translation>
    </message>
    <message>
        <source>Print this code or copy it by hand, seal it in an envelope, sign across the seal and lock it in the office safe. It opens the database if every password is lost, so anyone who holds it can read all of the office&apos;s data. It is not stored anywhere and cannot be shown again.</source>
        <translation>Распечатайте этот код или перепишите его от руки, запечатайте в конверт, распишитесь поперек места склейки и заприте в сейфе ВП. Он открывает базу данных, если утрачены все пароли, поэтому любой, у кого он есть, может прочитать все данные ВП. Код нигде не хранится и повторно показан не будет.</translation>
    </message>
    <message>
        <source>Password for the demo users: </source>
        <translation>Пароль для демонстрационных пользователей: </translation>
    </message>
    <message>
        <source>{path} already exists. Use --force to replace a demo database, or choose another file with --db.</source>
        <translation>{path} уже существует. Используйте --force, чтобы заменить демонстрационную базу, или укажите другой файл в --db.</translation>
    </message>
    <message>
        <source>Filling: {done:,} of {total:,} rows</source>
        <translation>Заполнение: {done:,} из {total:,} строк</translation>
    </message>
    <message>
        <source>Demo office built: {path}</source>
        <translation>Демонстрационное ВП создано: {path}</translation>
    </message>
    <message>
        <source>Second workstation (user {user}): {path}</source>
        <translation>Второе рабочее место (пользователь {user}): {path}</translation>
    </message>
    <message>
        <source>Users (all with the password you gave): {users}</source>
        <translation>Пользователи (у всех указанный вами пароль): {users}</translation>
    </message>
    <message>
        <source>Open it with: milrep --db {path} gui</source>
        <translation>Открыть: milrep --db {path} gui</translation>
    </message>
    <message>
        <source>Checked {done:,} entries</source>
        <translation>Проверено записей: {done:,}</translation>
    </message>
    <message>
        <source>Audit journal intact: {n:,} entries, the hash chain is unbroken.</source>
        <translation>Журнал аудита цел: записей — {n:,}, цепочка хешей не нарушена.</translation>
    </message>
    <message>
        <source>AUDIT JOURNAL DAMAGED: {k} problem(s) in {n:,} entries:</source>
        <translation>ЖУРНАЛ АУДИТА ПОВРЕЖДЕН: нарушений — {k}, всего записей — {n:,}:</translation>
    </message>
    <message>
        <source>  entry {seq}: {problem}</source>
        <translation>  запись {seq}: {problem}</translation>
    </message>
    <message>
        <source>User name of the account to recover</source>
        <translation>Имя пользователя учетной записи для восстановления</translation>
    </message>
    <message>
        <source>No recovery code given: set MILREP_RECOVERY_CODE, or run milrep in a terminal to be asked for it.</source>
        <translation>Код восстановления не указан: задайте MILREP_RECOVERY_CODE или запустите milrep в терминале, чтобы ввести его по запросу.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Код восстановления: </translation>
    </message>
    <message>
        <source>New password of {user}: </source>
        <translation>Новый пароль пользователя {user}: </translation>
    </message>
    <message>
        <source>The new password of {user} is set and the account is enabled. The audit journal records that the recovery code was used; keep the code sealed again.</source>
        <translation>Новый пароль пользователя {user} установлен, учетная запись включена. Использование кода восстановления зафиксировано в журнале аудита; снова запечатайте код и храните его.</translation>
    </message>
    <message>
        <source>Copied {done:,} of {total:,} pages</source>
        <translation>Скопировано страниц: {done:,} из {total:,}</translation>
    </message>
    <message>
        <source>Encrypted backup written: {path} ({size:,} bytes)</source>
        <translation>Зашифрованная резервная копия записана: {path} ({size:,} байт)</translation>
    </message>
    <message>
        <source>Key file copied: {path}. Keep both files together; the copy opens with the same passwords as the database.</source>
        <translation>Файл ключей скопирован: {path}. Храните оба файла вместе; копия открывается теми же паролями, что и база данных.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>{n} failed sign-in attempts since your last sign-in.</source>
        <translation>Неудачных попыток входа с момента вашего последнего входа: {n}.</translation>
    </message>
    <message>
        <source>The last one: {when}.</source>
        <translation>Последняя: {when}.</translation>
    </message>
    <message>
        <source>If it was not you, tell the head of office.</source>
        <translation>Если это были не вы, сообщите начальнику представительства.</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Предупреждение: {text}</translation>
    </message>
    <message>
        <source>The password file {path} cannot be read: {reason}</source>
        <translation>Не удается прочитать файл пароля {path}: {reason}</translation>
    </message>
    <message>
        <source>The password file {path} is empty.</source>
        <translation>Файл пароля {path} пуст.</translation>
    </message>
    <message>
        <source>No password given: set MILREP_PASSWORD, use --password-file, or run milrep in a terminal to be asked for it.</source>
        <translation>Пароль не указан: задайте MILREP_PASSWORD, используйте --password-file или запустите milrep в терминале, чтобы ввести его по запросу.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Повторите пароль: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>{flag} is required when not running in a terminal.</source>
        <translation>При запуске не из терминала параметр {flag} обязателен.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <extracomment>the movement&apos;s effect on the asset&apos;s total: + for a receipt, - for what leaves the register</extracomment>
        <translation>Заполните поле «{field}».</translation>
    </message>
    <message>
        <source>{label}: {fingerprint}</source>
        <translation>{label}: {fingerprint}</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[д/Н]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>д</translation>
    </message>
    <message>
        <source>{field}: &quot;{value}&quot; is not an amount.</source>
        <translation>«{field}»: «{value}» не является суммой.</translation>
    </message>
    <message>
        <source>{field} must be a positive amount.</source>
        <translation>«{field}»: сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>{field} has more than two decimal places.</source>
        <translation>«{field}»: более двух знаков после запятой.</translation>
    </message>
    <message>
        <source>{field}: &quot;{value}&quot; is not a number.</source>
        <translation>«{field}»: «{value}» не является числом.</translation>
    </message>
    <message>
        <source>{field} cannot be negative.</source>
        <translation>{field}: значение не может быть отрицательным.</translation>
    </message>
    <message>
        <source>{field} must be greater than zero.</source>
        <translation>«{field}»: значение должно быть больше нуля.</translation>
    </message>
    <message>
        <source>{field} has more than three decimal places.</source>
        <translation>{field}: более трёх знаков после запятой.</translation>
    </message>
    <message>
        <source>{field} is too large.</source>
        <translation>{field}: слишком большое значение.</translation>
    </message>
    <message>
        <source>A BIN is exactly 12 digits.</source>
        <translation>БИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
        <source>{last} cannot be earlier than {first}.</source>
        <translation>«{last}» не может быть раньше, чем «{first}».</translation>
    </message>
    <message>
        <source>The backup cannot replace the database itself; choose another file.</source>
        <translation>Резервная копия не может заменить саму базу данных; выберите другой файл.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another file name or allow overwriting.</source>
        <translation>{path} уже существует. Выберите другое имя файла или разрешите перезапись.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Папка {path} не существует.</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>Не удалось записать резервную копию: {reason}</translation>
    </message>
    <message>
        <source>The backup copy is not encrypted; it was deleted. Report this to the developers.</source>
        <translation>Резервная копия не зашифрована и поэтому удалена. Сообщите об этом разработчикам.</translation>
    </message>
    <message>
        <source>The backup copy failed its check ({reason}); it was deleted.</source>
        <translation>Резервная копия не прошла проверку ({reason}) и удалена.</translation>
    </message>
    <message>
        <source>The demo password does not fit the password rules ({reason}) for the demo users chief, rep1, rep2 and clerk. Choose e.g. a 10+ character password of letters and digits.</source>
        <translation>Демонстрационный пароль не соответствует правилам ({reason}) для демонстрационных пользователей chief, rep1, rep2 и clerk. Выберите, например, пароль из букв и цифр длиной не менее 10 символов.</translation>
    </message>
    <message>
        <source>{path} is not replaced: it does not open as a demo office with this password ({reason}). Delete it yourself if you really mean to.</source>
        <translation>{path} не заменен: он не открывается как демонстрационное ВП с этим паролем ({reason}). Если действительно нужно, удалите его самостоятельно.</translation>
    </message>
    <message>
        <source>{path} is a real office database, not a demo; it is not replaced.</source>
        <translation>{path} — рабочая база данных ВП, а не демонстрационная; она не заменена.</translation>
    </message>
    <message>
        <source>Add the contractor and the authorized body before generating records.</source>
        <translation>Прежде чем создавать записи, добавьте исполнителя ГОЗ и уполномоченный орган.</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <source>Office: {code} — {name} at {plant}</source>
        <translation>ВП: {code} — {name}, предприятие: {plant}</translation>
    </message>
    <message>
        <source>Workstation: {code} — {name}</source>
        <translation>Рабочее место: {code} — {name}</translation>
    </message>
    <message>
        <source>Users: {active} active of {total}</source>
        <translation>Пользователи: активных {active} из {total}</translation>
    </message>
    <message>
        <source>Schema revision: {rev}</source>
        <translation>Версия схемы: {rev}</translation>
    </message>
    <message>
        <source>SQLCipher: {version}</source>
        <translation>SQLCipher: {version}</translation>
    </message>
    <message>
        <source>Key slots: {users}; recovery slot: {recovery}</source>
        <translation>Слоты ключей: {users}; слот восстановления: {recovery}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Записи:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>Enter the user name of the account to recover.</source>
        <translation>Укажите имя пользователя учетной записи, доступ к которой нужно восстановить.</translation>
    </message>
    <message>
        <source>There is no user {user} in this database.</source>
        <translation>В этой базе данных нет пользователя {user}.</translation>
    </message>
    <message>
        <source>{action} is refused: suspension {number} is in force for these goods. It ends only with a resumption decision of the head of office.</source>
        <translation>«{action}» не допускается: в отношении этой продукции действует приостановление {number}. Оно прекращается только решением начальника ВП о возобновлении.</translation>
    </message>
    <message>
        <source>Unknown inspection level “{level}”: use I, II, III or S-1 to S-4.</source>
        <extracomment>A raw table cell: a plan, an arrow, or ``None`` for a cell the table leaves empty. The code letters Table I can give, smallest sample first (I and O are not used by the standard).</extracomment>
        <translation>Неизвестный уровень контроля «{level}»: используйте I, II, III или S-1…S-4.</translation>
    </message>
    <message>
        <source>Unknown severity of inspection “{severity}”: use normal, tightened or reduced.</source>
        <translation>Неизвестная степень жесткости контроля «{severity}»: используйте normal (нормальный), tightened (усиленный) или reduced (ослабленный).</translation>
    </message>
    <message>
        <source>AQL {aql} is not in the ISO 2859-1 series (0.010, 0.015, 0.025 … 650, 1000).</source>
        <translation>Значения AQL {aql} нет в ряду ISO 2859-1 (0.010, 0.015, 0.025 … 650, 1000).</translation>
    </message>
    <message>
        <source>The lot size must be a whole number of at least 1 (got {value}).</source>
        <translation>Объем партии должен быть целым числом не менее 1 (указано: {value}).</translation>
    </message>
    <message>
        <source>Unknown sample size code letter “{letter}”.</source>
        <translation>Неизвестный код объема выборки «{letter}».</translation>
    </message>
    <message>
        <source>The {severity} table has no plan for code letter {letter} at AQL {aql}.</source>
        <translation>В таблице «{severity}» нет плана для кода объема выборки {letter} при AQL {aql}.</translation>
    </message>
    <message>
        <source>Code letter {letter}: inspect all {n} items (100 %), accept with at most {ac} nonconforming, reject with {re} or more.</source>
        <translation>Код объема выборки {letter}: контролировать все единицы продукции ({n}, 100 %); приемка — не более {ac} несоответствующих единиц, отклонение — {re} и более.</translation>
    </message>
    <message>
        <source>Code letter {letter}: sample {n} items, accept with at most {ac} nonconforming, reject with {re} or more.</source>
        <translation>Код объема выборки {letter}: объем выборки {n}; приемка — не более {ac} несоответствующих единиц, отклонение — {re} и более.</translation>
    </message>
    <message>
        <source>The number of nonconforming items must be between 0 and the sample size {n} (got {value}).</source>
        <translation>Число несоответствующих единиц должно быть от 0 до объема выборки {n} (указано: {value}).</translation>
    </message>
    <message>
        <source>Accepted: {d} nonconforming in {n} inspected, acceptance number {ac}.</source>
        <translation>Принята: несоответствующих единиц — {d} из {n} проконтролированных, приемочное число {ac}.</translation>
    </message>
    <message>
        <source>Not accepted: {d} nonconforming in {n} inspected reaches the rejection number {re}.</source>
        <translation>Не принята: несоответствующих единиц — {d} из {n} проконтролированных, достигнуто браковочное число {re}.</translation>
    </message>
    <message>
        <source>Accepted: {d} nonconforming in {n} inspected is above the acceptance number {ac} but below the rejection number {re}; normal inspection is reinstated from the next lot.</source>
        <translation>Принята: несоответствующих единиц — {d} из {n} проконтролированных, это больше приемочного числа {ac}, но меньше браковочного числа {re}; со следующей партии восстанавливается нормальный контроль.</translation>
    </message>
    <message>
        <source>Tightened inspection: 2 of 5 or fewer consecutive lots were not accepted.</source>
        <translation>Усиленный контроль: не приняты 2 из 5 или менее последовательных партий.</translation>
    </message>
    <message>
        <source>Normal inspection: 5 consecutive lots were accepted on tightened inspection.</source>
        <translation>Нормальный контроль: при усиленном контроле приняты 5 последовательных партий.</translation>
    </message>
    <message>
        <source>Reduced inspection: switching score of 30 reached, production steady, approved by the responsible authority.</source>
        <translation>Ослабленный контроль: показатель переключения достиг 30, производство стабильно, есть согласие ответственной стороны.</translation>
    </message>
    <message>
        <source>Normal inspection: a lot was not accepted on reduced inspection.</source>
        <translation>Нормальный контроль: при ослабленном контроле партия не принята.</translation>
    </message>
    <message>
        <source>Normal inspection: on reduced inspection the nonconforming count was above the acceptance number.</source>
        <translation>Нормальный контроль: при ослабленном контроле число несоответствующих единиц превысило приемочное число.</translation>
    </message>
    <message>
        <source>Normal inspection: production became irregular or delayed.</source>
        <translation>Нормальный контроль: производство стало нерегулярным или задерживается.</translation>
    </message>
    <message>
        <source>Normal inspection: other conditions warrant it.</source>
        <translation>Нормальный контроль: этого требуют другие условия.</translation>
    </message>
    <message>
        <source>Inspection discontinued: 5 lots were not accepted on tightened inspection. Resume on tightened inspection after the supplier&apos;s corrective action.</source>
        <translation>Контроль прекращен: при усиленном контроле не приняты 5 партий. Возобновите его как усиленный после корректирующих действий поставщика.</translation>
    </message>
    <message>
        <source>Inspection resumed on tightened inspection after corrective action.</source>
        <translation>Контроль возобновлен как усиленный после корректирующих действий.</translation>
    </message>
    <message>
        <source>Sampling inspection of this item is discontinued after 5 lots were not accepted on tightened inspection; resume on tightened inspection once the supplier&apos;s corrective action is accepted.</source>
        <extracomment>Clause 9.3.3: reduced inspection may start once the switching score reaches this value. Clause 9.3.1: tightened when this many of the last 5 (or fewer) lots are not accepted. Clause 9.3.2: back to normal after this many consecutive accepted lots on tightened. Clause 9.4: discontinue when the not-accepted lots on tightened inspection add up to this.</extracomment>
        <translation>Выборочный контроль этой позиции прекращен: при усиленном контроле не приняты 5 партий; возобновите его как усиленный, когда корректирующие действия поставщика будут приняты.</translation>
    </message>
    <message>
        <source>The lot was inspected with a {used} plan but the item is on {current} inspection.</source>
        <translation>Партия проконтролирована по плану «{used}», а для позиции действует контроль «{current}».</translation>
    </message>
    <message>
        <source>{d} nonconforming items do not match the recorded decision on the lot.</source>
        <translation>Число несоответствующих единиц ({d}) не согласуется с записанным решением по партии.</translation>
    </message>
    <message>
        <source>The number of nonconforming items is needed to update the switching score.</source>
        <translation>Для обновления показателя переключения нужно число несоответствующих единиц.</translation>
    </message>
    <message>
        <source>Sampling inspection of this item is not discontinued.</source>
        <translation>Выборочный контроль этой позиции не прекращен.</translation>
    </message>
    <message>
        <source>critical</source>
        <extracomment>The two answers of a pass/fail attribute (one without a list of allowed answers).</extracomment>
        <translation>критические</translation>
    </message>
    <message>
        <source>major</source>
        <translation>значительные</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>малозначительные</translation>
    </message>
    <message>
        <source>Nonconformities raised by hand ({severity})</source>
        <translation>Несоответствия, зарегистрированные вручную ({severity})</translation>
    </message>
    <message>
        <source>Periodic test failed</source>
        <translation>Периодические испытания не пройдены</translation>
    </message>
    <message>
        <source>Qualification test failed</source>
        <translation>Квалификационные испытания не пройдены</translation>
    </message>
    <message>
        <source>Type test failed</source>
        <translation>Типовые испытания не пройдены</translation>
    </message>
    <message>
        <source>In service: {name}</source>
        <translation>При эксплуатации: {name}</translation>
    </message>
    <message>
        <source>In service: characteristic not named</source>
        <translation>При эксплуатации: характеристика не указана</translation>
    </message>
    <message>
        <source>Critical nonconformity ({names}) on unit {units}: zero tolerance, the lot is returned.</source>
        <translation>Критическое несоответствие ({names}) у единицы {units}: критические несоответствия не допускаются, партия возвращается.</translation>
    </message>
    <message>
        <source>The set is incomplete: {lines}.</source>
        <translation>Комплект неполный: {lines}.</translation>
    </message>
    <message>
        <source>Units with {severity} nonconformities: {d} of {n} inspected, which reaches the rejection number {re}.</source>
        <translation>Единицы с несоответствиями (категория: {severity}): {d} из {n} проконтролированных — достигнуто браковочное число {re}.</translation>
    </message>
    <message>
        <source>No verdict yet. Results missing: {n}.</source>
        <translation>Заключения пока нет. Не хватает результатов: {n}.</translation>
    </message>
    <message>
        <source>Every result conforms ({n} units inspected).</source>
        <translation>Все результаты соответствуют требованиям (проконтролировано единиц: {n}).</translation>
    </message>
    <message>
        <source>Every unit inspected has a nonconformity.</source>
        <translation>У каждой проконтролированной единицы есть несоответствие.</translation>
    </message>
    <message>
        <source>{bad} of {n} units have nonconformities ({units}): accept the other {good}, reject these.</source>
        <translation>У {bad} из {n} единиц есть несоответствия ({units}): примите остальные {good}, эти отклоните.</translation>
    </message>
    <message>
        <source>Nonconforming units in the sample ({units}) are within the acceptance numbers: the lot is accepted; those units may be rejected.</source>
        <translation>Несоответствующие единицы в выборке ({units}) не превышают приемочных чисел: партия принимается; эти единицы можно отклонить.</translation>
    </message>
    <message>
        <source>Acceptance test</source>
        <translation>Приемо-сдаточные испытания</translation>
    </message>
    <message>
        <source>on the return of lot {lot} of {item} for rework</source>
        <translation>о возврате на доработку партии {lot}: {item}</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <source>{kind}, protocol No. {protocol}</source>
        <translation>{kind}, протокол № {protocol}</translation>
    </message>
    <message>
        <source>The military representative office returns the lot named above to the contractor: it does not meet the requirements of the technical documentation and the contract. The defects found are listed below.</source>
        <translation>Военное представительство возвращает исполнителю указанную партию как не соответствующую требованиям технической документации и договора. Выявленные дефекты перечислены ниже.</translation>
    </message>
    <message>
        <source>Defects found</source>
        <translation>Выявленные дефекты</translation>
    </message>
    <message>
        <source>found {found} of {expected} {unit}</source>
        <translation>фактически {found} из {expected} {unit}</translation>
    </message>
    <message>
        <source>Completeness: {name}</source>
        <translation>Комплектность: {name}</translation>
    </message>
    <message>
        <source>{expected} {unit}</source>
        <translation>{expected} {unit}</translation>
    </message>
    <message>
        <source>sample {n}</source>
        <translation>образец {n}</translation>
    </message>
    <message>
        <source>Unit (serial No.)</source>
        <translation>Изделие (зав. №)</translation>
    </message>
    <message>
        <source>The inspection recorded no nonconforming result; the reason for the return is given below.</source>
        <translation>Несоответствующих результатов контроль не выявил; основание возврата приведено ниже.</translation>
    </message>
    <message>
        <source>Reason for the return: {reason}</source>
        <translation>Основание возврата: {reason}</translation>
    </message>
    <message>
        <source>Nonconformities registered</source>
        <translation>Оформленные несоответствия</translation>
    </message>
    <message>
        <source>The contractor shall</source>
        <translation>Исполнителю надлежит</translation>
    </message>
    <message>
        <source>analyse the causes of the defects and take corrective actions that prevent them from recurring;</source>
        <translation>провести анализ причин дефектов и принять корректирующие действия, исключающие их повторение;</translation>
    </message>
    <message>
        <source>rework the lot (remove the defects from every unit concerned) and inspect it again in its quality department (OTK);</source>
        <translation>доработать партию (устранить дефекты во всех единицах, которых они касаются) и повторно проконтролировать её в ОТК;</translation>
    </message>
    <message>
        <source>present the lot again with a new notice of presentation as attempt {attempt}, with the report on the causes and the actions taken.</source>
        <translation>предъявить партию повторно новым извещением (предъявление {attempt}) с отчетом о причинах дефектов и принятых мерах.</translation>
    </message>
    <message>
        <source>At the next presentation only these characteristics are re-tested: {names}.</source>
        <translation>При повторном предъявлении проверяются только характеристики: {names}.</translation>
    </message>
    <message>
        <source>Received for the contractor</source>
        <translation>Получил от исполнителя</translation>
    </message>
    <message>
        <source>Work stage inspection</source>
        <translation>Контроль этапа работ</translation>
    </message>
    <message>
        <source>Service act inspection</source>
        <translation>Проверка акта оказанных услуг</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Accept in part</source>
        <translation>Принять частично</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Notice {number} is not awaiting inspection: an inspection can only be opened once.</source>
        <translation>Извещение {number} не ожидает контроля: контроль можно открыть только один раз.</translation>
    </message>
    <message>
        <source>&quot;{kind}&quot; does not fit &quot;{item}&quot;; choose: {allowed}.</source>
        <translation>«{kind}» не подходит для «{item}»; выберите: {allowed}.</translation>
    </message>
    <message>
        <source>Lot {lot} has not been returned before: only a presentation after a return re-tests the failed characteristics alone.</source>
        <translation>Партия {lot} ранее не возвращалась: только при предъявлении после возврата повторно проверяются лишь несоответствовавшие характеристики.</translation>
    </message>
    <message>
        <source>Return notice {number} lists no characteristic to re-test: open a full inspection.</source>
        <translation>В уведомлении о возврате {number} нет характеристик для повторной проверки: откройте полный контроль.</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; has no characteristics to check: enter its requirements first.</source>
        <translation>У «{item}» нет характеристик для проверки: сначала внесите требования к позиции.</translation>
    </message>
    <message>
        <source>That completeness line is not part of this inspection.</source>
        <translation>Эта строка комплектности не относится к данному контролю.</translation>
    </message>
    <message>
        <source>{name}: the quantity found must be a whole number, zero or more.</source>
        <translation>{name}: фактическое количество должно быть целым числом, не меньше нуля.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>&quot;{media}&quot; is not a media type such as image/jpeg.</source>
        <translation>«{media}» не является типом содержимого вида image/jpeg.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>Файл {name} пуст.</translation>
    </message>
    <message>
        <source>The file {name} is larger than 20 MB.</source>
        <translation>Файл {name} больше 20 МБ.</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Приемка</translation>
    </message>
    <message>
        <source>The lot cannot be accepted yet. {reason}</source>
        <translation>Партию пока нельзя принять. {reason}</translation>
    </message>
    <message>
        <source>The rules return this lot: {reason} It cannot be accepted.</source>
        <translation>По правилам эта партия возвращается: {reason} Принять ее нельзя.</translation>
    </message>
    <message>
        <source>The rules do not return this lot ({computed}). Give the reason for returning it.</source>
        <translation>По правилам эта партия не возвращается ({computed}). Укажите причину возврата.</translation>
    </message>
    <message>
        <source>A return sends back the whole presentation: give no accepted or rejected units.</source>
        <translation>При возврате возвращается все предъявленное: не указывайте принятые или отклоненные единицы.</translation>
    </message>
    <message>
        <source>Choose accept, accept in part or return.</source>
        <translation>Выберите: принять, принять частично или вернуть.</translation>
    </message>
    <message>
        <source>The inspection no longer exists.</source>
        <translation>Контроль больше не существует.</translation>
    </message>
    <message>
        <source>The notice of presentation no longer exists.</source>
        <translation>Извещения о предъявлении больше нет.</translation>
    </message>
    <message>
        <source>The lot no longer exists.</source>
        <translation>Партии больше нет.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>годен</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>не годен</translation>
    </message>
    <message>
        <source>no limits</source>
        <translation>без допусков</translation>
    </message>
    <message>
        <source>{first} … {last} ({count} units)</source>
        <translation>{first} … {last} ({count} ед.)</translation>
    </message>
    <message>
        <source>The inspection of notice {number} is already decided: its results and decision can no longer change.</source>
        <translation>По контролю по извещению {number} уже принято решение: его результаты и решение больше изменить нельзя.</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; has been returned {n} times in a row (threshold {threshold}): a suspension of acceptance and shipment is proposed.</source>
        <translation>«{item}» возвращалась подряд {n} раз (порог {threshold}): предлагается приостановить приемку и отгрузку.</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; has a fixed sample plan without a sample size: complete its requirements first.</source>
        <translation>У «{item}» задан план с фиксированной выборкой без объема выборки: сначала дополните требования.</translation>
    </message>
    <message>
        <source>Sampling inspection of &quot;{item}&quot; is discontinued after 5 lots were not accepted on tightened inspection: resume it once the plant&apos;s corrective action is accepted.</source>
        <translation>Выборочный контроль «{item}» прекращен: при усиленном контроле не приняты 5 партий; возобновите его, когда корректирующие действия предприятия будут приняты.</translation>
    </message>
    <message>
        <source>Quantities must be whole numbers, zero or more.</source>
        <translation>Количества должны быть целыми числами, не меньше нуля.</translation>
    </message>
    <message>
        <source>Only {quantity} units were presented with notice {number}: {value} is more than that.</source>
        <translation>С извещением {number} предъявлено только {quantity} ед.: {value} — больше этого.</translation>
    </message>
    <message>
        <source>The presentation has no serial numbers: give quantities.</source>
        <translation>В предъявлении нет заводских номеров: укажите количества.</translation>
    </message>
    <message>
        <source>The units presented have serial numbers: list the serials accepted or rejected.</source>
        <translation>У предъявленных единиц есть заводские номера: перечислите принятые или отклоненные номера.</translation>
    </message>
    <message>
        <source>Not presented with notice {number}: {serials}.</source>
        <translation>Не предъявлены по извещению {number}: {serials}.</translation>
    </message>
    <message>
        <source>Each serial number is either accepted or rejected, once.</source>
        <translation>Каждый заводской номер указывается один раз: либо как принятый, либо как отклоненный.</translation>
    </message>
    <message>
        <source>The quantity ({given}) differs from the number of serials ({n}).</source>
        <translation>Количество ({given}) не совпадает с числом заводских номеров ({n}).</translation>
    </message>
    <message>
        <source>Give the accepted and rejected quantities or serial numbers.</source>
        <translation>Укажите количества или заводские номера принятых и отклоненных единиц.</translation>
    </message>
    <message>
        <source>Accepted ({accepted}) and rejected ({rejected}) must add up to the presented quantity ({quantity}).</source>
        <translation>Сумма принятых ({accepted}) и отклоненных ({rejected}) должна равняться предъявленному количеству ({quantity}).</translation>
    </message>
    <message>
        <source>Accepting the whole presentation rejects nothing: choose to accept in part.</source>
        <translation>При приемке всего предъявленного ничего не отклоняется: выберите частичную приемку.</translation>
    </message>
    <message>
        <source>A partial acceptance accepts some units and rejects some.</source>
        <translation>При частичной приемке часть единиц принимается, часть — отклоняется.</translation>
    </message>
    <message>
        <source>Units with nonconformities cannot be accepted: {reason}</source>
        <translation>Единицы с несоответствиями принять нельзя: {reason}</translation>
    </message>
    <message>
        <source>Instrument {name} No. {serial} is retired from the register and cannot be edited.</source>
        <translation>Средство измерений {name} № {serial} исключено из реестра, изменить его нельзя.</translation>
    </message>
    <message>
        <source>Instrument {name} No. {serial} is already retired.</source>
        <translation>Средство измерений {name} № {serial} уже исключено из реестра.</translation>
    </message>
    <message>
        <source>The measuring instrument no longer exists.</source>
        <translation>Средство измерений больше не существует.</translation>
    </message>
    <message>
        <source>Instrument {name} No. {serial} is retired from the register; a measurement with it is refused. Choose another instrument.</source>
        <translation>Средство измерений {name} № {serial} исключено из реестра; измерение им не принимается. Выберите другое средство измерений.</translation>
    </message>
    <message>
        <source>Instrument {name} No. {serial}: calibration expired on {date}; a measurement with it is refused. Recalibrate it or choose another instrument.</source>
        <translation>Средство измерений {name} № {serial}: срок калибровки истек {date}; измерение им не принимается. Откалибруйте его или выберите другое средство измерений.</translation>
    </message>
    <message>
        <source>Instrument {name} No. {serial} was calibrated on {calibrated}, after the measurement date {date}; a measurement with it on that date is refused. Choose another instrument or check the date.</source>
        <translation>Средство измерений {name} № {serial} откалибровано {calibrated}, т. е. после даты измерения {date}; измерение им на эту дату не принимается. Выберите другое средство измерений или проверьте дату.</translation>
    </message>
    <message>
        <source>Instrument name</source>
        <translation>Наименование средства измерений</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Заводской номер</translation>
    </message>
    <message>
        <source>The serial number is longer than 64 characters.</source>
        <translation>Заводской номер длиннее 64 символов.</translation>
    </message>
    <message>
        <source>Enter the calibration date and the date the next calibration is due.</source>
        <translation>Укажите дату калибровки и срок следующей калибровки.</translation>
    </message>
    <message>
        <source>Instrument {name} No. {serial}: the calibration due date {due} must be later than the calibration date {calibrated}.</source>
        <translation>Средство измерений {name} № {serial}: срок следующей калибровки {due} должен быть позже даты калибровки {calibrated}.</translation>
    </message>
    <message>
        <source>Serial No. {serial} is already in the register: {name}.</source>
        <translation>Заводской № {serial} уже есть в реестре: {name}.</translation>
    </message>
    <message>
        <source>That characteristic is not part of this inspection.</source>
        <translation>Эта характеристика не относится к данному контролю.</translation>
    </message>
    <message>
        <source>{name}: the sample number must be from 1 to {n} (got {got}).</source>
        <translation>{name}: номер образца должен быть от 1 до {n} (указано: {got}).</translation>
    </message>
    <message>
        <source>{name} is measured: enter a value, not an answer.</source>
        <translation>{name} — измеряемая характеристика: введите значение, а не ответ.</translation>
    </message>
    <message>
        <source>{name}: choose the measuring instrument used.</source>
        <translation>{name}: выберите использованное средство измерений.</translation>
    </message>
    <message>
        <source>{name} is checked by an answer, not a measured value.</source>
        <translation>{name} проверяется ответом, а не измеренным значением.</translation>
    </message>
    <message>
        <source>{name}: enter the answer.</source>
        <translation>{name}: введите ответ.</translation>
    </message>
    <message>
        <source>{name}: answer &quot;pass&quot; or &quot;fail&quot;.</source>
        <translation>{name}: ответ — «pass» (годен) или «fail» (не годен).</translation>
    </message>
    <message>
        <source>{name}: enter the measured value.</source>
        <translation>{name}: введите измеренное значение.</translation>
    </message>
    <message>
        <source>{name}: &quot;{value}&quot; is not a number.</source>
        <translation>{name}: «{value}» не является числом.</translation>
    </message>
    <message>
        <source>Unit {serial} is not among the units presented with notice {number}.</source>
        <translation>Единицы {serial} нет среди предъявленных по извещению {number}.</translation>
    </message>
    <message>
        <source>Sample {n} is unit {known}, not {serial}.</source>
        <translation>Образец {n} — это единица {known}, а не {serial}.</translation>
    </message>
    <message>
        <source>Unit {serial} is already sample {n}.</source>
        <translation>Единица {serial} уже является образцом {n}.</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Доработка</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Ремонт</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Окончательный брак</translation>
    </message>
    <message>
        <source>Return to the supplier</source>
        <translation>Возврат поставщику</translation>
    </message>
    <message>
        <source>Use as is (under a concession)</source>
        <translation>Использование как есть (по разрешению на отступление)</translation>
    </message>
    <message>
        <source>The inspection requirement no longer exists.</source>
        <translation>Требование контроля больше не существует.</translation>
    </message>
    <message>
        <source>The requirement &quot;{name}&quot; belongs to an inspection of another item.</source>
        <translation>Требование «{name}» относится к контролю другой позиции.</translation>
    </message>
    <message>
        <source>The requirement &quot;{name}&quot; belongs to an inspection of another lot.</source>
        <translation>Требование «{name}» относится к контролю другой партии.</translation>
    </message>
    <message>
        <source>The lot does not belong to &quot;{item}&quot;.</source>
        <translation>Партия не относится к «{item}».</translation>
    </message>
    <message>
        <source>Choose the severity.</source>
        <translation>Выберите категорию несоответствия.</translation>
    </message>
    <message>
        <source>&quot;Use as is&quot; is allowed only under a concession: enter the concession reference.</source>
        <translation>«Использование как есть» допускается только по разрешению на отступление: укажите реквизиты разрешения.</translation>
    </message>
    <message>
        <source>&quot;Use as is&quot; is allowed only under a concession with an expiry date: enter the date the concession expires.</source>
        <translation>«Использование как есть» допускается только по разрешению на отступление с датой окончания: укажите дату окончания действия разрешения.</translation>
    </message>
    <message>
        <source>Concession {ref} expires on {date}: the expiry date must be in the future.</source>
        <translation>Разрешение на отступление {ref} действует до {date}: дата окончания должна быть в будущем.</translation>
    </message>
    <message>
        <source>A concession applies only to the disposition &quot;Use as is&quot;.</source>
        <translation>Разрешение на отступление применяется только к решению «Использование как есть».</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Корректирующее действие</translation>
    </message>
    <message>
        <source>Record the corrective action before verifying its effect.</source>
        <translation>Прежде чем проверять результативность, запишите корректирующее действие.</translation>
    </message>
    <message>
        <source>Verification of effect</source>
        <translation>Проверка результативности</translation>
    </message>
    <message>
        <source>the disposition</source>
        <translation>решения по несоответствию</translation>
    </message>
    <message>
        <source>the corrective action</source>
        <translation>корректирующего действия</translation>
    </message>
    <message>
        <source>the verification of its effect</source>
        <translation>проверки его результативности</translation>
    </message>
    <message>
        <source>Nonconformity {label} cannot be closed without {missing}.</source>
        <translation>Несоответствие {label} нельзя закрыть без {missing}.</translation>
    </message>
    <message>
        <source>Nonconformity {label} is already open.</source>
        <translation>Несоответствие {label} уже открыто.</translation>
    </message>
    <message>
        <source>&quot;{description}&quot; raised on {date}</source>
        <translation>«{description}» от {date}</translation>
    </message>
    <message>
        <source>The nonconformity no longer exists.</source>
        <translation>Несоответствие больше не существует.</translation>
    </message>
    <message>
        <source>Nonconformity {label} is closed: reopen it to change it.</source>
        <translation>Несоответствие {label} закрыто: чтобы изменить его, откройте его снова.</translation>
    </message>
    <message>
        <source>Awaiting inspection</source>
        <translation>Ожидает контроля</translation>
    </message>
    <message>
        <source>In inspection</source>
        <translation>На контроле</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Принято частично</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation>Номер извещения</translation>
    </message>
    <message>
        <source>Lot {lot} is not a lot of &quot;{item}&quot;.</source>
        <translation>Партия {lot} не является партией «{item}».</translation>
    </message>
    <message>
        <source>Notice {number} is already registered for &quot;{item}&quot;.</source>
        <translation>Извещение {number} по «{item}» уже зарегистрировано.</translation>
    </message>
    <message>
        <source>Lot {lot} was made on {made}: it cannot be presented earlier.</source>
        <translation>Партия {lot} изготовлена {made}: предъявить ее раньше этой даты нельзя.</translation>
    </message>
    <message>
        <source>Lot {lot} already has an open presentation (notice {number}, attempt {attempt}): it must be decided or withdrawn first.</source>
        <translation>По партии {lot} уже есть открытое предъявление (извещение {number}, предъявление {attempt}-е): сначала по нему нужно принять решение или отозвать его.</translation>
    </message>
    <message>
        <source>Lot {lot} is already accepted in full.</source>
        <translation>Партия {lot} уже принята полностью.</translation>
    </message>
    <message>
        <source>Not units of lot {lot}: {serials}.</source>
        <translation>Не являются единицами партии {lot}: {serials}.</translation>
    </message>
    <message>
        <source>Already accepted: {serials}.</source>
        <translation>Уже приняты: {serials}.</translation>
    </message>
    <message>
        <source>The presented quantity must be a whole number.</source>
        <translation>Предъявленное количество должно быть целым числом.</translation>
    </message>
    <message>
        <source>The presented quantity ({qty}) differs from the number of serials ({n}).</source>
        <translation>Предъявленное количество ({qty}) не совпадает с числом заводских номеров ({n}).</translation>
    </message>
    <message>
        <source>The presented quantity must be greater than zero.</source>
        <translation>Предъявленное количество должно быть больше нуля.</translation>
    </message>
    <message>
        <source>The presented quantity ({qty}) is more than lot {lot} holds ({n}).</source>
        <translation>Предъявленное количество ({qty}) больше, чем в партии {lot} ({n}).</translation>
    </message>
    <message>
        <source>Only {n} units of lot {lot} are not accepted yet: {qty} cannot be presented.</source>
        <translation>В партии {lot} не принято еще только {n} ед.: предъявить {qty} нельзя.</translation>
    </message>
    <message>
        <source>Lot {lot} has serial numbers: list the serials of the {qty} units presented.</source>
        <translation>У партии {lot} есть заводские номера: перечислите номера {qty} предъявляемых единиц.</translation>
    </message>
    <message>
        <source>Notice {number} is &quot;{status}&quot;: only a presentation awaiting inspection can be withdrawn.</source>
        <translation>Извещение {number} в статусе «{status}»: отозвать можно только предъявление, ожидающее контроля.</translation>
    </message>
    <message>
        <source>The presentation no longer exists.</source>
        <translation>Предъявление больше не существует.</translation>
    </message>
    <message>
        <source>Periodic test</source>
        <translation>Периодические испытания</translation>
    </message>
    <message>
        <source>Qualification test</source>
        <translation>Квалификационные испытания</translation>
    </message>
    <message>
        <source>Type test</source>
        <translation>Типовые испытания</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Нет результата</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Положительный</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Отрицательный</translation>
    </message>
    <message>
        <source>{kind} No. {protocol} of {item}</source>
        <translation>{kind} № {protocol}: {item}</translation>
    </message>
    <message>
        <source>{kind} of {item} started on {date}</source>
        <translation>{kind}: {item}, начаты {date}</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; is a work or service: periodic, qualification and type tests are held for goods (Article 27.4.4).</source>
        <translation>«{item}» — работа или услуга: периодические, квалификационные и типовые испытания проводятся для продукции (статья 27.4.4).</translation>
    </message>
    <message>
        <source>A repeat test must repeat a test of the same item.</source>
        <translation>Повторные испытания должны повторять испытания той же позиции.</translation>
    </message>
    <message>
        <source>Only a negative test is repeated; {test} is not negative.</source>
        <translation>Повторяются только испытания с отрицательным результатом; результат «{test}» не отрицательный.</translation>
    </message>
    <message>
        <source>A repeat of a {failed_kind} must be of the same kind.</source>
        <translation>Повторные испытания должны быть того же вида, что и исходные ({failed_kind}).</translation>
    </message>
    <message>
        <source>A repeat test cannot start before the test it repeats was completed ({date}).</source>
        <translation>Повторные испытания не могут начаться до завершения повторяемых испытаний ({date}).</translation>
    </message>
    <message>
        <source>The result of {test} is already recorded ({result}); it cannot be changed.</source>
        <translation>Результат «{test}» уже записан ({result}); изменить его нельзя.</translation>
    </message>
    <message>
        <source>Choose whether the test is positive or negative.</source>
        <translation>Выберите результат испытаний: положительный или отрицательный.</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Номер протокола</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>The reclamation no longer exists.</source>
        <translation>Рекламации больше нет.</translation>
    </message>
    <message>
        <source>, lot {lot}</source>
        <translation>, партия {lot}</translation>
    </message>
    <message>
        <source>Reclamation act</source>
        <translation>Рекламационный акт</translation>
    </message>
    <message>
        <source>Draft: the joint commission&apos;s findings are not recorded</source>
        <translation>Проект: заключение совместной комиссии не внесено</translation>
    </message>
    <message>
        <source>Drawn up under Article 29 of {law} by the joint commission of the recipient, the contractor and the military representative office, to establish the causes of a defect found within the established warranty period.</source>
        <translation>Составлен в соответствии со статьёй 29 {law} совместной комиссией получателя, исполнителя и военного представительства для установления причин дефекта, выявленного в течение установленного гарантийного срока.</translation>
    </message>
    <message>
        <source>The defect notified</source>
        <translation>Заявленный дефект</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>received by the contractor on {date}</source>
        <translation>получено исполнителем {date}</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Заводские номера</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>Дефект</translation>
    </message>
    <message>
        <source>Defect found on</source>
        <translation>Дата обнаружения дефекта</translation>
    </message>
    <message>
        <source>Warranty period (Article 29.1)</source>
        <translation>Гарантийный срок (статья 29.1)</translation>
    </message>
    <message>
        <source>{months} months, {start} to {end} ({basis})</source>
        <translation>{months} мес., с {start} по {end} ({basis})</translation>
    </message>
    <message>
        <source>Goods kept at (Article 29.1)</source>
        <translation>Место хранения продукции (статья 29.1)</translation>
    </message>
    <message>
        <source>Joint commission (Article 29.2)</source>
        <translation>Совместная комиссия (статья 29.2)</translation>
    </message>
    <message>
        <source>Formed on {date}.</source>
        <translation>Создана {date}.</translation>
    </message>
    <message>
        <source>Organization</source>
        <extracomment>business conflicts: the record and the one it crosses, each with where and when made</extracomment>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Not formed yet.</source>
        <translation>Ещё не создана.</translation>
    </message>
    <message>
        <source>Findings of the commission</source>
        <translation>Заключение комиссии</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Ещё не внесено.</translation>
    </message>
    <message>
        <source>Findings dated</source>
        <translation>Дата заключения</translation>
    </message>
    <message>
        <source>Cause established</source>
        <translation>Установленная причина</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Установлено</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Outcome under Article 29</source>
        <translation>Последствия согласно статье 29</translation>
    </message>
    <message>
        <source>Remedy and penalty period (Article 29.6)</source>
        <translation>Способ устранения и период начисления неустойки (статья 29.6)</translation>
    </message>
    <message>
        <source>Remedies the findings allow</source>
        <translation>Способы устранения, допускаемые заключением</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Способ устранения</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>ещё не выбран</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Дата завершения</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>не завершено</translation>
    </message>
    <message>
        <source>{days} days from the notification&apos;s receipt</source>
        <translation>{days} дн. с даты получения уведомления</translation>
    </message>
    <message>
        <source> (still running)</source>
        <translation> (продолжается)</translation>
    </message>
    <message>
        <source>; the contract&apos;s term is {term} days</source>
        <translation>; срок по договору — {term} дн.</translation>
    </message>
    <message>
        <source> — overdue by {days} days</source>
        <translation> — просрочка {days} дн.</translation>
    </message>
    <message>
        <source>Penalty period</source>
        <translation>Период начисления неустойки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Suspension (Article 27.4.8)</source>
        <translation>Приостановление (статья 27.4.8)</translation>
    </message>
    <message>
        <source>A test cannot be completed in the future.</source>
        <translation>Дата завершения испытаний не может быть в будущем.</translation>
    </message>
    <message>
        <source>Protocol {protocol} is already recorded for this item.</source>
        <translation>Протокол {protocol} по этой позиции уже записан.</translation>
    </message>
    <message>
        <source>{test} has no recorded result yet: the opinion is issued on the results.</source>
        <translation>У «{test}» еще нет записанного результата: заключение выдается по результатам.</translation>
    </message>
    <message>
        <source>Opinion {number} on {test} is already issued.</source>
        <translation>Заключение {number} по «{test}» уже выдано.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>The test no longer exists.</source>
        <translation>Испытания больше не существуют.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot; is deactivated and cannot be edited; add a new one instead.</source>
        <translation>Характеристика «{name}» выведена из действия, изменить ее нельзя; добавьте вместо нее новую.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot; is already deactivated.</source>
        <translation>Характеристика «{name}» уже выведена из действия.</translation>
    </message>
    <message>
        <source>The new order must list every active characteristic of {item} exactly once.</source>
        <translation>Новый порядок должен содержать каждую действующую характеристику «{item}» ровно один раз.</translation>
    </message>
    <message>
        <source>Characteristic name</source>
        <translation>Наименование характеристики</translation>
    </message>
    <message>
        <source>Nominal value</source>
        <translation>Номинальное значение</translation>
    </message>
    <message>
        <source>Lower limit</source>
        <translation>Нижний предел</translation>
    </message>
    <message>
        <source>Upper limit</source>
        <translation>Верхний предел</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot; is checked by attribute: it has no nominal value or limits. Clear them, or make it a measured characteristic.</source>
        <translation>Характеристика «{name}» контролируется по альтернативному признаку: у нее нет номинального значения и пределов. Очистите их или сделайте характеристику измеряемой.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot; is measured: allowed answers are only for characteristics checked by attribute.</source>
        <translation>Характеристика «{name}» измеряемая: допустимые ответы задаются только для характеристик, контролируемых по альтернативному признаку.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot; is measured: enter its lower limit, its upper limit or both.</source>
        <translation>Характеристика «{name}» измеряемая: укажите нижний предел, верхний предел или оба.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot;: limits reversed — the lower limit {lower} is above the upper limit {upper}.</source>
        <translation>Характеристика «{name}»: пределы перепутаны — нижний предел {lower} больше верхнего {upper}.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot;: the nominal value {nominal} is below the lower limit {lower}.</source>
        <translation>Характеристика «{name}»: номинальное значение {nominal} меньше нижнего предела {lower}.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot;: the nominal value {nominal} is above the upper limit {upper}.</source>
        <translation>Характеристика «{name}»: номинальное значение {nominal} больше верхнего предела {upper}.</translation>
    </message>
    <message>
        <source>Enter the sample size of a fixed sample: a whole number of at least 1.</source>
        <translation>Укажите объем фиксированной выборки: целое число не менее 1.</translation>
    </message>
    <message>
        <source>AQL for major defects</source>
        <translation>AQL для значительных дефектов</translation>
    </message>
    <message>
        <source>AQL for minor defects</source>
        <translation>AQL для малозначительных дефектов</translation>
    </message>
    <message>
        <source>The return threshold (returns in a row before a suspension is proposed) must be a whole number of at least 1.</source>
        <translation>Порог возвратов (число возвратов подряд, после которого предлагается приостановление) должен быть целым числом не менее 1.</translation>
    </message>
    <message>
        <source>The periodic-test interval must be a whole number of months from 1 to {max}.</source>
        <translation>Периодичность испытаний должна быть целым числом месяцев от 1 до {max}.</translation>
    </message>
    <message>
        <source>The periodic test &quot;every N lots&quot; needs a whole number of lots of at least 1.</source>
        <translation>Для периодических испытаний «каждые N партий» нужно целое число партий не менее 1.</translation>
    </message>
    <message>
        <source>Contract {number} is closed; the requirements of {item} cannot change.</source>
        <translation>Договор {number} закрыт; требования к «{item}» изменить нельзя.</translation>
    </message>
    <message>
        <source>The characteristic no longer exists.</source>
        <translation>Характеристика больше не существует.</translation>
    </message>
    <message>
        <source>The completeness-list entry no longer exists.</source>
        <translation>Строка ведомости комплектности больше не существует.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot;: {field} &quot;{value}&quot; is not a number.</source>
        <translation>Характеристика «{name}»: {field} — «{value}» не является числом.</translation>
    </message>
    <message>
        <source>The unit of &quot;{name}&quot; is longer than 32 characters.</source>
        <translation>Единица измерения «{name}» длиннее 32 символов.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot;: allowed answers repeated: {answers}.</source>
        <translation>Характеристика «{name}»: повторяются допустимые ответы: {answers}.</translation>
    </message>
    <message>
        <source>Characteristic &quot;{name}&quot; is already on this item&apos;s list.</source>
        <translation>Характеристика «{name}» уже есть в списке этой позиции.</translation>
    </message>
    <message>
        <source>Name of the set&apos;s part</source>
        <translation>Наименование составной части комплекта</translation>
    </message>
    <message>
        <source>The quantity of &quot;{name}&quot; in a complete set must be a whole number of at least 1.</source>
        <translation>Количество «{name}» в комплекте должно быть целым числом не менее 1.</translation>
    </message>
    <message>
        <source>The unit of &quot;{name}&quot; is longer than 16 characters.</source>
        <translation>Единица измерения «{name}» длиннее 16 символов.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is already on the completeness list of {item}.</source>
        <translation>«{name}» уже есть в ведомости комплектности «{item}».</translation>
    </message>
    <message>
        <source>Unknown inspection level &quot;{level}&quot;: use I, II, III or S-1 to S-4.</source>
        <translation>Неизвестный уровень контроля «{level}»: используйте I, II, III или S-1…S-4.</translation>
    </message>
    <message>
        <source>{field}: {aql} is not in the ISO 2859-1 series (0.010, 0.015, 0.025 … 650, 1000).</source>
        <translation>«{field}»: значения {aql} нет в ряду ISO 2859-1 (0.010, 0.015, 0.025 … 650, 1000).</translation>
    </message>
    <message>
        <source>Terms of the state defense order contract not fulfilled</source>
        <translation>Невыполнение условий договора на выполнение ГОЗ</translation>
    </message>
    <message>
        <source>Decisions on quality and reliability not implemented</source>
        <translation>Невыполнение решений по вопросам качества и надежности</translation>
    </message>
    <message>
        <source>Failed tests</source>
        <translation>Отрицательные результаты испытаний</translation>
    </message>
    <message>
        <source>Defects found in service are also present in goods in production</source>
        <translation>Дефекты, выявленные при эксплуатации, имеются и в продукции, находящейся в производстве</translation>
    </message>
    <message>
        <source>Whole contract</source>
        <translation>Весь договор</translation>
    </message>
    <message>
        <source>Control-list item</source>
        <translation>Позиция перечня</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Work or service</source>
        <translation>Работа или услуга</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>The certificate no longer exists.</source>
        <translation>Удостоверение больше не существует.</translation>
    </message>
    <message>
        <source>Certificate {number} is already revoked.</source>
        <translation>Удостоверение {number} уже отозвано.</translation>
    </message>
    <message>
        <source>Certificate {number} is already superseded by a re-issued certificate.</source>
        <translation>Удостоверение {number} уже заменено переоформленным удостоверением.</translation>
    </message>
    <message>
        <source>Choose the recipient among the recipient organizations.</source>
        <translation>Выберите получателя среди организаций-получателей.</translation>
    </message>
    <message>
        <source>A suspension of one lot covers that lot: leave &quot;made since&quot; empty.</source>
        <translation>Приостановление по одной партии распространяется только на нее: оставьте поле «Изготовлено с» пустым.</translation>
    </message>
    <message>
        <source>&quot;Made since&quot; cannot be a future date.</source>
        <translation>Дата «Изготовлено с» не может быть в будущем.</translation>
    </message>
    <message>
        <source>Suspension {number} on the same ground is already in force for {target}.</source>
        <translation>Приостановление {number} по тому же основанию уже действует в отношении: {target}.</translation>
    </message>
    <message>
        <source>Suspension {number} was already ended by resumption decision {resumption}.</source>
        <translation>Приостановление {number} уже прекращено решением о возобновлении {resumption}.</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Корректирующие действия</translation>
    </message>
    <message>
        <source>Suspension {number} cannot be ended yet: {missing}.</source>
        <translation>Приостановление {number} пока нельзя прекратить: {missing}.</translation>
    </message>
    <message>
        <source>{test} is not negative: there is nothing to suspend.</source>
        <translation>Результат «{test}» не отрицательный: приостанавливать нечего.</translation>
    </message>
    <message>
        <source>{test} was already repeated with a positive result ({repeat}).</source>
        <translation>«{test}» уже повторены с положительным результатом ({repeat}).</translation>
    </message>
    <message>
        <source>Suspension {number} for failed tests of &quot;{item}&quot; is already in force.</source>
        <translation>Приостановление {number} из-за отрицательных результатов испытаний «{item}» уже действует.</translation>
    </message>
    <message>
        <source>{test} completed on {date} is negative: {summary}. Acceptance and shipment of &quot;{item}&quot; made since {since} (the last positive periodic test) are suspended until corrective actions and a positive repeat test.</source>
        <translation>«{test}», завершенные {date}, дали отрицательный результат: {summary}. Приемка и отгрузка «{item}», изготовленной с {since} (последние положительные периодические испытания), приостанавливаются до выполнения корректирующих действий и получения положительного результата повторных испытаний.</translation>
    </message>
    <message>
        <source>{test} completed on {date} is negative: {summary}. Acceptance and shipment of every lot of &quot;{item}&quot; are suspended until corrective actions and a positive repeat test.</source>
        <translation>«{test}», завершенные {date}, дали отрицательный результат: {summary}. Приемка и отгрузка всех партий «{item}» приостанавливаются до выполнения корректирующих действий и получения положительного результата повторных испытаний.</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; was returned {count} times in a row (threshold {threshold}): return notices {notices} (lots {lots}). Acceptance is suspended until the causes are removed and the corrective actions verified.</source>
        <translation>«{item}» возвращалась подряд {count} раз (порог {threshold}): уведомления о возврате {notices} (партии {lots}). Приемка приостанавливается до устранения причин и проверки корректирующих действий.</translation>
    </message>
    <message>
        <source>nonconformities still open: {list}</source>
        <translation>остаются открытые несоответствия: {list}</translation>
    </message>
    <message>
        <source>{repeat} is not a positive repeat of {test}</source>
        <translation>«{repeat}» не являются положительными повторными испытаниями для «{test}»</translation>
    </message>
    <message>
        <source>no positive repeat test of {test}</source>
        <translation>нет положительных повторных испытаний для «{test}»</translation>
    </message>
    <message>
        <source>Choose the lot to suspend.</source>
        <translation>Выберите партию, по которой приостанавливается приемка.</translation>
    </message>
    <message>
        <source>Lot {lot} does not belong to &quot;{item}&quot;.</source>
        <translation>Партия {lot} не относится к «{item}».</translation>
    </message>
    <message>
        <source>A suspension of an item or a work names no lot: choose the scope &quot;Lot&quot; to suspend one lot.</source>
        <translation>В приостановлении по позиции или работе партия не указывается: чтобы приостановить одну партию, выберите область «Партия».</translation>
    </message>
    <message>
        <source>A suspension of the whole contract names no item or lot.</source>
        <translation>В приостановлении по всему договору позиция и партия не указываются.</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; is goods, not a military work or service: suspend its acceptance and shipment with the scope &quot;Control-list item&quot; (Article 27.4.8).</source>
        <translation>«{item}» — продукция, а не работа или услуга военного назначения: приостановите ее приемку и отгрузку с областью «Позиция перечня» (статья 27.4.8).</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; is a military work or service: suspend it with the scope &quot;Work or service&quot; (Article 27.4.9).</source>
        <translation>«{item}» — работа или услуга военного назначения: приостановите ее с областью «Работа или услуга» (статья 27.4.9).</translation>
    </message>
    <message>
        <source>A work or service is suspended only for unfulfilled contract terms or unimplemented quality decisions (Article 27.4.9), not for &quot;{ground}&quot;.</source>
        <translation>Работа или услуга приостанавливается только из-за невыполнения условий договора или решений по качеству (статья 27.4.9), а не по основанию «{ground}».</translation>
    </message>
    <message>
        <source>A test is named only in a suspension for failed tests.</source>
        <translation>Испытания указываются только в приостановлении из-за отрицательных результатов испытаний.</translation>
    </message>
    <message>
        <source>{test} is not a test of the suspended goods.</source>
        <translation>«{test}» не являются испытаниями приостанавливаемой продукции.</translation>
    </message>
    <message>
        <source>{test} is not negative: a suspension for failed tests names a negative test.</source>
        <translation>Результат «{test}» не отрицательный: в приостановлении из-за отрицательных результатов указываются испытания с отрицательным результатом.</translation>
    </message>
    <message>
        <source>lot {lot} of &quot;{item}&quot;</source>
        <translation>партия {lot} («{item}»)</translation>
    </message>
    <message>
        <source>&quot;{item}&quot;</source>
        <translation>«{item}»</translation>
    </message>
    <message>
        <source>contract {number}</source>
        <translation>договор {number}</translation>
    </message>
    <message>
        <source>Return notice</source>
        <translation>Уведомление о возврате</translation>
    </message>
    <message>
        <source>Suspension notice</source>
        <translation>Уведомление о приостановлении</translation>
    </message>
    <message>
        <source>Resumption decision</source>
        <translation>Решение о возобновлении</translation>
    </message>
    <message>
        <source>Test opinion</source>
        <translation>Заключение по результатам испытаний</translation>
    </message>
    <message>
        <source>Conclusion on verified costs</source>
        <translation>Заключение по проверке затрат</translation>
    </message>
    <message>
        <source>There is no printed document of kind &quot;{kind}&quot;. Known kinds: {kinds}.</source>
        <translation>Печатного документа вида «{kind}» нет. Известные виды: {kinds}.</translation>
    </message>
    <message>
        <source>The return notice no longer exists.</source>
        <translation>Уведомления о возврате больше нет.</translation>
    </message>
    <message>
        <source>The suspension no longer exists.</source>
        <translation>Приостановление больше не существует.</translation>
    </message>
    <message>
        <source>The resumption decision no longer exists.</source>
        <translation>Решения о возобновлении больше нет.</translation>
    </message>
    <message>
        <source>The test opinion no longer exists.</source>
        <translation>Заключения по результатам испытаний больше нет.</translation>
    </message>
    <message>
        <source>There is no {document} No. {number}.</source>
        <translation>Документ «{document}» № {number} не найден.</translation>
    </message>
    <message>
        <source>Notice No. {number} was used for several lots ({lots}): give the protocol number (notice/attempt) or the number of the acceptance record or return notice.</source>
        <translation>Извещение № {number} относится к нескольким партиям ({lots}): укажите номер протокола (извещение/предъявление) или номер акта приемки либо уведомления о возврате.</translation>
    </message>
    <message>
        <source>Wrong password {count} times: wait {seconds} seconds before trying again.</source>
        <extracomment>Names typed that are no account would otherwise pile up: the oldest are forgotten.</extracomment>
        <translation>Пароль введен неверно несколько раз подряд ({count}): повторите попытку через {seconds} с.</translation>
    </message>
    <message>
        <source>certificates confirming quality: list, show, check, issue, revoke</source>
        <translation>удостоверения о качестве: список, просмотр, проверка, выдача, отзыв</translation>
    </message>
    <message>
        <source>list the certificates, newest first</source>
        <translation>список удостоверений, сначала новые</translation>
    </message>
    <message>
        <source>only certificates with this status</source>
        <translation>только удостоверения с этим статусом</translation>
    </message>
    <message>
        <source>show one certificate and its seal</source>
        <translation>показать одно удостоверение и его печать</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>номер удостоверения</translation>
    </message>
    <message>
        <source>print the Article 27.5 checklist for acceptance records (exit 0 only when all hold)</source>
        <translation>вывести контрольный перечень по статье 27.5 для актов приёмки (код выхода 0, только если все условия выполнены)</translation>
    </message>
    <message>
        <source>issue a certificate for acceptance records (a signing act)</source>
        <translation>выдать удостоверение по актам приёмки (действие с подписью)</translation>
    </message>
    <message>
        <source>acceptance record numbers</source>
        <translation>номера актов приёмки</translation>
    </message>
    <message>
        <source>certify only these serial numbers</source>
        <translation>сертифицировать только эти заводские номера</translation>
    </message>
    <message>
        <source>certify only N units (goods without serials)</source>
        <translation>сертифицировать только N единиц (продукция без заводских номеров)</translation>
    </message>
    <message>
        <source>revoke a certificate (head of office; a signing act)</source>
        <translation>отозвать удостоверение (начальник представительства; действие с подписью)</translation>
    </message>
    <message>
        <source>issue a new certificate superseding one (head of office; a signing act)</source>
        <translation>выдать новое удостоверение взамен прежнего (начальник представительства; действие с подписью)</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>write certificates as PDF (one, or --all into one file or a folder)</source>
        <translation>выгрузить удостоверения о качестве в PDF (одно или, с --all, все в один файл или в папку)</translation>
    </message>
    <message>
        <source>every certificate, in the order of their numbers</source>
        <translation>все удостоверения в порядке их номеров</translation>
    </message>
    <message>
        <source>the PDF file to write; with --all an existing folder gets one file per certificate</source>
        <translation>записываемый PDF-файл; с --all в существующую папку записывается по одному файлу на каждое удостоверение</translation>
    </message>
    <message>
        <source>language: kk, ru, en, or both (Kazakh and Russian, the default)</source>
        <translation>язык: kk, ru, en или both (казахский и русский, по умолчанию)</translation>
    </message>
    <message>
        <source>overwrite existing files</source>
        <translation>перезаписать существующие файлы</translation>
    </message>
    <message>
        <source>No certificates.</source>
        <translation>Удостоверений нет.</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>Заменяет</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Every condition of Article 27.5 holds: the certificate may be issued.</source>
        <translation>Все условия статьи 27.5 выполнены: удостоверение может быть выдано.</translation>
    </message>
    <message>
        <source>The certificate cannot be issued while a condition fails.</source>
        <translation>Удостоверение не может быть выдано, пока не выполнено какое-либо условие.</translation>
    </message>
    <message>
        <source>Password of {user} to sign the certificate: </source>
        <translation>Пароль пользователя {user} для подписания удостоверения: </translation>
    </message>
    <message>
        <source>Certificate {number} issued: {qty} {unit} of {item} ({lots}).</source>
        <translation>Выдано удостоверение {number}: {qty} {unit} {item} ({lots}).</translation>
    </message>
    <message>
        <source>Seal: {seal}</source>
        <translation>Печать: {seal}</translation>
    </message>
    <message>
        <source>Password of {user} to sign: </source>
        <translation>Пароль пользователя {user} для подписания: </translation>
    </message>
    <message>
        <source>Certificate {number} revoked.</source>
        <translation>Удостоверение {number} отозвано.</translation>
    </message>
    <message>
        <source>Certificate {new} issued; it supersedes {old}.</source>
        <translation>Выдано удостоверение {new}; оно заменяет {old}.</translation>
    </message>
    <message>
        <source>Name one certificate NUMBER, or --all (not both).</source>
        <translation>Укажите NUMBER одного удостоверения или --all (но не то и другое).</translation>
    </message>
    <message>
        <source>Certificates: {done} of {total}</source>
        <translation>Удостоверения: {done} из {total}</translation>
    </message>
    <message>
        <source>There are no certificates to write.</source>
        <translation>Нет удостоверений для выгрузки.</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name, or --all to write one file per certificate into it.</source>
        <translation>{path} — папка: укажите имя файла или --all, чтобы записать в неё по одному файлу на каждое удостоверение.</translation>
    </message>
    <message>
        <source>printed documents: list them, write one as PDF</source>
        <translation>печатные документы: список, запись в PDF</translation>
    </message>
    <message>
        <source>list the printable documents</source>
        <translation>список документов для печати</translation>
    </message>
    <message>
        <source>only documents of KIND</source>
        <translation>только документы вида KIND</translation>
    </message>
    <message>
        <source>write a document as PDF</source>
        <translation>записать документ в PDF</translation>
    </message>
    <message>
        <source>kind of document: {kinds}</source>
        <translation>вид документа: {kinds}</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>номер документа</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>записываемый PDF-файл</translation>
    </message>
    <message>
        <source>language of the document (default: yours)</source>
        <translation>язык документа (по умолчанию: ваш)</translation>
    </message>
    <message>
        <source>overwrite an existing file</source>
        <translation>перезаписать существующий файл</translation>
    </message>
    <message>
        <source>No documents yet.</source>
        <translation>Документов пока нет.</translation>
    </message>
    <message>
        <source>{path} already exists. Use --force to overwrite it.</source>
        <translation>{path} уже существует. Используйте --force, чтобы перезаписать его.</translation>
    </message>
    <message>
        <source>Written: {path} ({size:,} bytes)</source>
        <translation>Записано: {path} ({size:,} байт)</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}</source>
        <translation>Невозможно записать {path}: {reason}</translation>
    </message>
    <message>
        <source>The font file {path} needed to print documents is missing. Reinstall milrep.</source>
        <translation>Нет файла шрифта {path}, нужного для печати документов. Переустановите milrep.</translation>
    </message>
    <message>
        <source>The font file {path} needed to print documents is damaged ({reason}). Reinstall milrep.</source>
        <translation>Файл шрифта {path}, нужный для печати документов, поврежден ({reason}). Переустановите milrep.</translation>
    </message>
    <message>
        <source>at {plant}</source>
        <extracomment>the face of data tables: condensed, so wide measurement grids fit the page; a document with few narrow tables may set its text face (one font fewer to embed) the face of small print: captions, signing-act lines and the page frame</extracomment>
        <translation>при {plant}</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>Place for the stamp</source>
        <translation>М.П.</translation>
    </message>
    <message>
        <source>Signed in milrep with the password: “{meaning}”, {time}. SHA-256 of the signed content: {digest}</source>
        <translation>Подписано в milrep с вводом пароля: «{meaning}», {time}. SHA-256 подписанного содержания: {digest}</translation>
    </message>
    <message>
        <source>Tests performed</source>
        <translation>Проведённые испытания</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Protocol, acceptance record</source>
        <translation>Протокол, акт приёмки</translation>
    </message>
    <message>
        <source>No tests are recorded.</source>
        <translation>Испытания не записаны.</translation>
    </message>
    <message>
        <source>The item has no completeness list: it is delivered as one unit.</source>
        <translation>Для позиции нет перечня комплектности: она поставляется одним изделием.</translation>
    </message>
    <message>
        <source>The goods are complete as the completeness list of the technical documentation requires.</source>
        <translation>Продукция укомплектована в соответствии с перечнем комплектности технической документации.</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Гарантия</translation>
    </message>
    <message>
        <source>As stated in the contract.</source>
        <translation>В соответствии с договором.</translation>
    </message>
    <message>
        <source>Annex: serial numbers</source>
        <translation>Приложение: заводские номера</translation>
    </message>
    <message>
        <source>Lot {lot}: {n} serial numbers</source>
        <translation>Партия {lot}: заводских номеров — {n}</translation>
    </message>
    <message>
        <source>(signature)</source>
        <translation>(подпись)</translation>
    </message>
    <message>
        <source>Copy No. ____</source>
        <translation>Экз. № ____</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Лист {page} из {pages}</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <source>{title} No. {number}</source>
        <translation>{title} № {number}</translation>
    </message>
    <message>
        <source>The seal is too long for a QR symbol of version {max} at error correction Q ({length} characters; at most {limit} fit). Shorten the certificate number, contract number, nomenclature code, unit or lot text.</source>
        <translation>Печать слишком длинная для QR-символа версии {max} с уровнем коррекции ошибок Q ({length} символов; вмещается не более {limit}). Сократите номер удостоверения, номер контракта, код номенклатуры, единицу измерения или текст партии.</translation>
    </message>
    <message>
        <source>Valid</source>
        <extracomment>the longest text a version-13 symbol at level Q holds (qr.capacity(13)); longer is refused before any decoding</extracomment>
        <translation>Действительна</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Недействительная подпись</translation>
    </message>
    <message>
        <source>Unknown key</source>
        <translation>Неизвестный ключ</translation>
    </message>
    <message>
        <source>Revoked key</source>
        <translation>Отозванный ключ</translation>
    </message>
    <message>
        <source>Revoked certificate</source>
        <translation>Отозванное удостоверение</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Повреждённый формат</translation>
    </message>
    <message>
        <source>The seal is not text.</source>
        <translation>Печать не является текстом.</translation>
    </message>
    <message>
        <source>The text is {n:,} characters long; a seal has at most {max}.</source>
        <translation>Длина текста — {n:,} символов; печать содержит не более {max}.</translation>
    </message>
    <message>
        <source>The text does not start with {prefix}: it is not a milrep seal.</source>
        <translation>Текст не начинается с {prefix}: это не печать milrep.</translation>
    </message>
    <message>
        <source>The seal text is damaged (Base45: {reason}).</source>
        <translation>Текст печати повреждён (Base45: {reason}).</translation>
    </message>
    <message>
        <source>The seal&apos;s structure is wrong ({reason}).</source>
        <translation>Неверная структура печати ({reason}).</translation>
    </message>
    <message>
        <source>The seal&apos;s claims cannot be read ({reason}).</source>
        <translation>Невозможно прочитать утверждения печати ({reason}).</translation>
    </message>
    <message>
        <source>The seal&apos;s claims are not a map with integer keys.</source>
        <translation>Утверждения печати не являются словарём с целочисленными ключами.</translation>
    </message>
    <message>
        <source>The seal lacks required claims: {claims}.</source>
        <translation>В печати отсутствуют обязательные утверждения: {claims}.</translation>
    </message>
    <message>
        <source>The seal has schema version {v!r}; this milrep reads version 1. Use a newer milrep to verify it.</source>
        <translation>Версия схемы печати — {v!r}; эта версия milrep читает версию 1. Для проверки используйте более новую версию milrep.</translation>
    </message>
    <message>
        <source>The seal&apos;s claim {key} ({name}) has the wrong type.</source>
        <translation>Утверждение {key} ({name}) в печати имеет неверный тип.</translation>
    </message>
    <message>
        <source>The seal could not be read.</source>
        <translation>Не удалось прочитать печать.</translation>
    </message>
    <message>
        <source>The seal is signed with key {kid}, which no trust list given knows. Get the issuing office&apos;s current trust list.</source>
        <translation>Печать подписана ключом {kid}, который не известен ни одному из указанных списков доверия. Получите актуальный список доверия выдавшего её представительства.</translation>
    </message>
    <message>
        <source>The signature does not match the seal&apos;s content: the seal was altered or forged. Do not accept the goods on this certificate.</source>
        <translation>Подпись не соответствует содержимому печати: печать изменена или подделана. Не принимайте продукцию по этому удостоверению.</translation>
    </message>
    <message>
        <source>The seal is signed with key {kid} of workstation {site}, revoked on {date} ({reason}). Ask office {office} whether the certificate stands.</source>
        <translation>Печать подписана ключом {kid} рабочего места {site}, отозванным {date} ({reason}). Запросите у представительства {office}, действительно ли удостоверение.</translation>
    </message>
    <message>
        <source>The seal names office {claimed}, but its key belongs to office {office}.</source>
        <translation>В печати указано представительство {claimed}, но её ключ принадлежит представительству {office}.</translation>
    </message>
    <message>
        <source>Certificate {number} was revoked on {date}: {reason}</source>
        <translation>Удостоверение {number} отозвано {date}: {reason}</translation>
    </message>
    <message>
        <source>The seal is valid: signed by workstation {site} of office {office} (trust list version {version}).</source>
        <translation>Печать действительна: подписана рабочим местом {site} представительства {office} (версия списка доверия {version}).</translation>
    </message>
    <message>
        <source>the trust list</source>
        <extracomment>None for a list built from the local database and not (yet) signed</extracomment>
        <translation>список доверия</translation>
    </message>
    <message>
        <source>{name} is not a usable milrep trust list ({reason}).</source>
        <translation>{name} не является пригодным списком доверия milrep ({reason}).</translation>
    </message>
    <message>
        <source>The signature of {name} does not match its content: the file was altered after the office signed it. Do not use it; ask the office for its trust list again.</source>
        <translation>Подпись {name} не соответствует содержимому: файл был изменён после подписания представительством. Не используйте его; повторно запросите список доверия у представительства.</translation>
    </message>
    <message>
        <source>{value} is not a root key fingerprint: it has 32 hexadecimal digits, e.g. 3F2A 9C01 77B4 E2D0 5A6B 0C1D 2E3F 4051.</source>
        <translation>{value} не является отпечатком корневого ключа: он состоит из 32 шестнадцатеричных цифр, например 3F2A 9C01 77B4 E2D0 5A6B 0C1D 2E3F 4051.</translation>
    </message>
    <message>
        <source>The trust list of office {office} is signed by root key {actual}, not by the expected {expected}. It may be forged; do not use it.</source>
        <translation>Список доверия представительства {office} подписан корневым ключом {actual}, а не ожидаемым {expected}. Возможно, он подделан; не используйте его.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>Не удалось прочитать {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is larger than any trust list ({limit:,} bytes at most).</source>
        <translation>{name} больше любого списка доверия (не более {limit:,} байт).</translation>
    </message>
    <message>
        <source>Unknown language &quot;{lang}&quot;; choose one of: {languages}.</source>
        <extracomment>``--lang`` choices of ``milrep certificate pdf``: a language, or ``both`` (Kazakh and Russian)</extracomment>
        <translation>Неизвестный язык «{lang}»; выберите один из: {languages}.</translation>
    </message>
    <message>
        <source>Production completed (goods accepted)</source>
        <translation>Изготовление завершено (продукция принята)</translation>
    </message>
    <message>
        <source>Complete set</source>
        <translation>Комплектность</translation>
    </message>
    <message>
        <source>Acceptance tests passed</source>
        <translation>Приёмо-сдаточные испытания пройдены</translation>
    </message>
    <message>
        <source>Last periodic test positive and in date</source>
        <translation>Последние периодические испытания положительные и не просрочены</translation>
    </message>
    <message>
        <source>No open nonconformity without a valid concession</source>
        <translation>Нет открытых несоответствий без действующего разрешения на отступление</translation>
    </message>
    <message>
        <source>No suspension of acceptance and shipment</source>
        <translation>Нет приостановления приёмки и отгрузки</translation>
    </message>
    <message>
        <source>Within the contract&apos;s quantities</source>
        <translation>В пределах количества по контракту</translation>
    </message>
    <message>
        <source>Within the contract&apos;s time frame</source>
        <translation>В пределах сроков по контракту</translation>
    </message>
    <message>
        <source>The certificate cannot be issued (Article 27.5):
{lines}</source>
        <extracomment>a partial acceptance whose accepted units include some the rules now reject</extracomment>
        <translation>Удостоверение не может быть выдано (статья 27.5):
{lines}</translation>
    </message>
    <message>
        <source>no acceptance record is chosen.</source>
        <translation>не выбран акт приёмки.</translation>
    </message>
    <message>
        <source>acceptance record {number} is not signed</source>
        <translation>акт приёмки {number} не подписан</translation>
    </message>
    <message>
        <source>acceptance record {number} is superseded by {newer}</source>
        <translation>акт приёмки {number} заменён актом {newer}</translation>
    </message>
    <message>
        <source>acceptance record {number} accepts nothing</source>
        <translation>по акту приёмки {number} ничего не принято</translation>
    </message>
    <message>
        <source>accepted by {records}.</source>
        <translation>принято по {records}.</translation>
    </message>
    <message>
        <source>{number} (lot {lot}, {qty} {unit})</source>
        <translation>{number} (партия {lot}, {qty} {unit})</translation>
    </message>
    <message>
        <source>{name}: not checked (record {number})</source>
        <translation>{name}: не проверено (акт {number})</translation>
    </message>
    <message>
        <source>{name}: {found} of {expected} {unit} found (record {number})</source>
        <translation>{name}: обнаружено {found} из {expected} {unit} (акт {number})</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; has no completeness list.</source>
        <translation>Для «{item}» нет комплектовочной ведомости.</translation>
    </message>
    <message>
        <source>complete per the completeness checks of {records}.</source>
        <translation>комплектно согласно проверкам комплектности по {records}.</translation>
    </message>
    <message>
        <source>the inspection of notice {notice} (record {number}) was not decided &quot;accept&quot;</source>
        <translation>по контролю по извещению {notice} (акт {number}) не принято решение «принять»</translation>
    </message>
    <message>
        <source>the results of the inspection of notice {notice} (record {number}) no longer allow acceptance: {reason}</source>
        <translation>результаты контроля по извещению {notice} (акт {number}) больше не позволяют приёмку: {reason}</translation>
    </message>
    <message>
        <source>passed: {notices}.</source>
        <translation>пройдены: {notices}.</translation>
    </message>
    <message>
        <source>notice {notice}</source>
        <translation>извещение {notice}</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; has no periodic-test schedule.</source>
        <translation>Для «{item}» нет графика периодических испытаний.</translation>
    </message>
    <message>
        <source>the last periodic test of &quot;{item}&quot;, protocol {protocol} of {date}, is negative.</source>
        <translation>последние периодические испытания «{item}», протокол {protocol} от {date}, отрицательные.</translation>
    </message>
    <message>
        <source>protocol {protocol} of {date}</source>
        <translation>протокол {protocol} от {date}</translation>
    </message>
    <message>
        <source>the periodic test of &quot;{item}&quot; was due on {due} (last: {last}).</source>
        <translation>срок периодических испытаний «{item}» наступил {due} (последние: {last}).</translation>
    </message>
    <message>
        <source>{n} lots of &quot;{item}&quot; were accepted since the last periodic test (last: {last}); the schedule allows {every}.</source>
        <translation>С последних периодических испытаний (последние: {last}) принято партий «{item}»: {n}; график допускает {every}.</translation>
    </message>
    <message>
        <source>; next due on {date}</source>
        <translation>; следующие — {date}</translation>
    </message>
    <message>
        <source>no periodic test is due yet{due}.</source>
        <translation>срок периодических испытаний ещё не наступил{due}.</translation>
    </message>
    <message>
        <source>{last}, positive{due}.</source>
        <translation>{last}, положительные{due}.</translation>
    </message>
    <message>
        <source>open without a valid concession: {list}.</source>
        <translation>открыты без действующего разрешения на отступление: {list}.</translation>
    </message>
    <message>
        <source>none open on &quot;{item}&quot; or these lots.</source>
        <translation>открытых по «{item}» или этим партиям нет.</translation>
    </message>
    <message>
        <source>suspension {numbers} is in force for these goods.</source>
        <translation>в отношении этой продукции действует приостановление {numbers}.</translation>
    </message>
    <message>
        <source>none in force for these goods.</source>
        <translation>в отношении этой продукции не действует ни одно.</translation>
    </message>
    <message>
        <source>everything accepted by {records} is already certified.</source>
        <translation>всё принятое по {records} уже сертифицировано.</translation>
    </message>
    <message>
        <source>the quantity to certify must be more than zero.</source>
        <translation>количество для сертификации должно быть больше нуля.</translation>
    </message>
    <message>
        <source>{qty} {unit} is more than accepted and not yet certified ({remaining} {unit}).</source>
        <translation>{qty} {unit} — больше, чем принято и ещё не сертифицировано ({remaining} {unit}).</translation>
    </message>
    <message>
        <source>{total} {unit} of &quot;{item}&quot; would be certified in all; contract {contract} provides for {contracted}.</source>
        <translation>Всего было бы сертифицировано {total} {unit} «{item}»; контрактом {contract} предусмотрено {contracted}.</translation>
    </message>
    <message>
        <source>{qty} {unit}; {total} of {contracted} {unit} certified under contract {contract} with this one.</source>
        <translation>{qty} {unit}; с учётом этого сертифицировано {total} из {contracted} {unit} по контракту {contract}.</translation>
    </message>
    <message>
        <source>contract {contract} is not in force (status: {status}).</source>
        <translation>контракт {contract} не действует (статус: {status}).</translation>
    </message>
    <message>
        <source>contract {contract} is valid from {start} to {end}; today is {today}.</source>
        <translation>контракт {contract} действует с {start} по {end}; сегодня {today}.</translation>
    </message>
    <message>
        <source>{records} accepted outside the validity of contract {contract}.</source>
        <translation>{records} приняты вне срока действия контракта {contract}.</translation>
    </message>
    <message>
        <source>{number} accepted on {on}, after the deadline {deadline}</source>
        <translation>{number} принят {on}, после срока {deadline}</translation>
    </message>
    <message>
        <source>contract {contract} is in force until {end}.</source>
        <translation>контракт {contract} действует до {end}.</translation>
    </message>
    <message>
        <source>Late delivery (the contract&apos;s penalties apply): {late}.</source>
        <translation>Просрочка поставки (применяются неустойки по контракту): {late}.</translation>
    </message>
    <message>
        <source>Certificate confirming quality</source>
        <extracomment>every table names its font: a cell left empty would otherwise declare Helvetica (base-14, not embedded, no Cyrillic) modules of 0.6 mm: a version-13 seal is 46 mm square with its quiet zone, read by a phone or a 150 dpi scan; never below qr.MIN_MODULE_MM serial numbers (as runs) longer than this go to an annex that may run over pages</extracomment>
        <translation>Удостоверение о качестве</translation>
    </message>
    <message>
        <source>SUPERSEDED on {date} by certificate No. {number}: {reason}. Only the new certificate stands; goods are not accepted on this one.</source>
        <translation>ЗАМЕНЕНО {date} удостоверением № {number}: {reason}. Действительно только новое удостоверение; продукция по настоящему удостоверению не принимается.</translation>
    </message>
    <message>
        <source>REVOKED on {date} by {who}: {reason}. This certificate no longer confirms the quality of the goods; goods are not accepted on it.</source>
        <translation>ОТОЗВАНО {date}, {who}: {reason}. Настоящее удостоверение больше не подтверждает качество продукции; продукция по нему не принимается.</translation>
    </message>
    <message>
        <source>Issued in place of certificate No. {number}, which it supersedes ({reason}).</source>
        <translation>Выдано взамен удостоверения № {number}, которое им заменяется ({reason}).</translation>
    </message>
    <message>
        <source>BIN {bin}</source>
        <translation>БИН {bin}</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>Гриф секретности</translation>
    </message>
    <message>
        <source>Lots and serial numbers</source>
        <translation>Партии и заводские номера</translation>
    </message>
    <message>
        <source>{n} serial numbers, listed in the annex</source>
        <translation>заводских номеров — {n}, перечислены в приложении</translation>
    </message>
    <message>
        <source>Acceptance record, date</source>
        <translation>Акт приёмки, дата</translation>
    </message>
    <message>
        <source>Manufactured on</source>
        <translation>Дата изготовления</translation>
    </message>
    <message>
        <source>Statement of conformity</source>
        <translation>Заявление о соответствии</translation>
    </message>
    <message>
        <source>The military representative office confirms that the goods named in this certificate were manufactured, inspected and accepted in conformity with the technical documentation, the operational requirement and the contract named below, and may be delivered to the recipient.</source>
        <translation>Военное представительство подтверждает, что продукция, указанная в настоящем удостоверении, изготовлена, проконтролирована и принята в соответствии с технической документацией, тактико-техническим заданием и договором, указанными ниже, и может быть поставлена получателю.</translation>
    </message>
    <message>
        <source>revision {revision}</source>
        <translation>редакция {revision}</translation>
    </message>
    <message>
        <source>Operational requirement</source>
        <translation>Тактико-техническое задание</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарты</translation>
    </message>
    <message>
        <source>opinion No. {number}</source>
        <translation>заключение № {number}</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>QR seal of the office. To verify it: milrep verify with this PDF, a scan or a photo of it (or Verify certificate in milrep) and the office&apos;s trust list; the fields shown must match this paper.</source>
        <translation>QR-печать представительства. Для проверки: milrep verify с этим PDF, его сканом или фотографией (или «Проверить удостоверение» в milrep) и списком доверия представительства; показанные поля должны совпадать с этим документом.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Заменён</translation>
    </message>
    <message>
        <source>Name the certificate.</source>
        <translation>Укажите удостоверение.</translation>
    </message>
    <message>
        <source>There is no certificate {number}.</source>
        <translation>Удостоверение {number} не существует.</translation>
    </message>
    <message>
        <source>superseded by certificate {number}: {reason}</source>
        <translation>заменено удостоверением {number}: {reason}</translation>
    </message>
    <message>
        <source>Name either the lot or the certificate of the goods shipped.</source>
        <translation>Укажите партию или удостоверение отгруженной продукции.</translation>
    </message>
    <message>
        <source>The quantity shipped must be a whole number greater than zero.</source>
        <translation>Отгруженное количество должно быть целым числом больше нуля.</translation>
    </message>
    <message>
        <source>Shipping document</source>
        <translation>Отгрузочный документ</translation>
    </message>
    <message>
        <source>A shipment cannot be recorded before it happens.</source>
        <translation>Отгрузку нельзя зарегистрировать раньше, чем она произошла.</translation>
    </message>
    <message>
        <source>Choose the consignee.</source>
        <translation>Выберите грузополучателя.</translation>
    </message>
    <message>
        <source>Certificate {number} was issued on {date}: the goods cannot have been shipped under it earlier.</source>
        <translation>Удостоверение {number} выдано {date}: продукция не могла быть отгружена по нему раньше.</translation>
    </message>
    <message>
        <source>Lot {lot} has not been accepted: only accepted goods are shipped.</source>
        <translation>Партия {lot} не принята: отгружается только принятая продукция.</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Отгрузка</translation>
    </message>
    <message>
        <source>Lot {lot} has no valid certificate confirming quality: it cannot be shipped.</source>
        <translation>У партии {lot} нет действующего удостоверения о качестве: её нельзя отгрузить.</translation>
    </message>
    <message>
        <source>Only {left} {unit} of lot {lot} are certified and not yet shipped; {qty} {unit} cannot be shipped.</source>
        <translation>Сертифицировано и ещё не отгружено только {left} {unit} партии {lot}; отгрузить {qty} {unit} нельзя.</translation>
    </message>
    <message>
        <source>Certificate {number} is {status}: goods are not shipped under it.</source>
        <translation>Удостоверение {number} — {status}: продукция по нему не отгружается.</translation>
    </message>
    <message>
        <source>Only {room} {unit} covered by certificate {number} are not yet shipped; {qty} {unit} cannot be shipped.</source>
        <translation>По удостоверению {number} ещё не отгружено только {room} {unit}; отгрузить {qty} {unit} нельзя.</translation>
    </message>
    <message>
        <source>This database knows no office root key yet: the trust list cannot be made. The head of office exports it from the workstation that holds the root key.</source>
        <extracomment>audit action of a new key (local: it has no change-log entry) where the certificate service offers ``revoked_certificates(session)`` (issue 4)</extracomment>
        <translation>В этой базе данных ещё нет корневого ключа военного представительства: список доверия сформировать нельзя. Начальник военного представительства экспортирует его с рабочего места, на котором хранится корневой ключ.</translation>
    </message>
    <message>
        <source>The office root key is not on this workstation. Export the trust list on the head of office&apos;s workstation, which holds it.</source>
        <translation>Корневого ключа военного представительства нет на этом рабочем месте. Экспортируйте список доверия на рабочем месте начальника военного представительства, где он хранится.</translation>
    </message>
    <message>
        <source>The private half of key {kid} is not on this workstation.</source>
        <translation>Закрытой части ключа {kid} нет на этом рабочем месте.</translation>
    </message>
    <message>
        <source>The bundle carries change {seq} of workstation {site} with other content than this workstation already holds under that number. It is refused; report it to the head of office.</source>
        <extracomment>(version, the value as the change log holds it) called with the number of changes gone through, every ``every`` changes (it may raise to stop: the caller&apos;s transaction is then rolled back)</extracomment>
        <translation>Пакет содержит изменение {seq} рабочего места {site} с иным содержимым, чем уже хранится на этом рабочем месте под тем же номером. Пакет отклонён; сообщите об этом начальнику военного представительства.</translation>
    </message>
    <message>
        <source>The bundle skips changes of workstation {site}. Nothing was imported.</source>
        <translation>В пакете пропущены изменения рабочего места {site}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle is malformed: a row&apos;s id does not match its change. Nothing was imported.</source>
        <translation>Пакет повреждён: идентификатор строки не соответствует её изменению. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle changes a record of {table} this workstation never received. It is refused; import the missing bundles first.</source>
        <translation>Пакет изменяет запись таблицы {table}, которую это рабочее место никогда не получало. Пакет отклонён; сначала импортируйте недостающие пакеты.</translation>
    </message>
    <message>
        <source>The bundle changes an issued document ({table} {id}) that this workstation holds with other content. Issued documents never change; the bundle is refused. Report it to the head of office.</source>
        <translation>Пакет изменяет выданный документ ({table} {id}), который хранится на этом рабочем месте с иным содержимым. Выданные документы никогда не изменяются; пакет отклонён. Сообщите об этом начальнику военного представительства.</translation>
    </message>
    <message>
        <source>The bundle deletes an issued document ({table} {id}); issued documents are never deleted. The bundle is refused.</source>
        <translation>Пакет удаляет выданный документ ({table} {id}); выданные документы никогда не удаляются. Пакет отклонён.</translation>
    </message>
    <message>
        <source>The bundle file is {size} bytes, more than the {limit} bytes allowed. Nothing was imported.</source>
        <translation>Размер файла пакета — {size} байт, это больше допустимых {limit} байт. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle was not written for this workstation: none of its recipients&apos; keys is this workstation&apos;s. Nothing was imported.</source>
        <translation>Этот пакет сформирован не для этого рабочего места: ни один из ключей его получателей не принадлежит этому рабочему месту. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle uses envelope version {version}, which this version of milrep cannot read. Update milrep; nothing was imported.</source>
        <translation>Пакет использует версию конверта {version}, которую эта версия milrep не может прочитать. Обновите milrep; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its content: it was changed after it was written, or damaged. Nothing was imported.</source>
        <translation>Подпись пакета не соответствует его содержимому: он был изменён после формирования или повреждён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle is signed with another key than the one its manifest names. Nothing was imported.</source>
        <translation>Пакет подписан другим ключом, а не тем, который указан в его манифесте. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle&apos;s content does not match its manifest (another bundle&apos;s content, or damaged). Nothing was imported.</source>
        <translation>Содержимое пакета не соответствует его манифесту (содержимое другого пакета или повреждение). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle uses format version {version}, which this version of milrep cannot read. Update milrep; nothing was imported.</source>
        <translation>Пакет использует версию формата {version}, которую эта версия milrep не может прочитать. Обновите milrep; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The file is not a milrep bundle, or it is damaged or incomplete (was the medium removed too early?). Nothing was imported; ask for the bundle to be written again.</source>
        <translation>Файл не является пакетом milrep либо повреждён или неполон (не был ли носитель извлечён слишком рано?). Ничего не импортировано; попросите сформировать пакет заново.</translation>
    </message>
    <message>
        <source>The bundle declares more data than milrep accepts in one bundle (a damaged or hostile file). Nothing was imported.</source>
        <translation>Пакет заявляет больше данных, чем milrep принимает в одном пакете (повреждённый или вредоносный файл). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (is the medium inserted?).</source>
        <translation>Папка {path} не существует (вставлен ли носитель?).</translation>
    </message>
    <message>
        <source>The office keyring names no other workstation to write a bundle for.</source>
        <translation>В связке ключей военного представительства не указано ни одного другого рабочего места, для которого можно сформировать пакет.</translation>
    </message>
    <message>
        <source>Workstation {site} has no valid key in the office keyring; a bundle cannot be written for it.</source>
        <translation>У рабочего места {site} нет действующего ключа в связке ключей военного представительства; пакет для него сформировать нельзя.</translation>
    </message>
    <message>
        <source>The bundle written to {path} reads back differently: the medium may be faulty. The file was removed; write the bundle again, to another medium.</source>
        <translation>Пакет, записанный в {path}, при контрольном чтении отличается: носитель может быть неисправен. Файл удалён; сформируйте пакет заново на другом носителе.</translation>
    </message>
    <message>
        <source>This bundle belongs to another office&apos;s deployment, not to this one. Nothing was imported.</source>
        <extracomment>when ``site`` is the bundle&apos;s origin: its bundles not yet received that may carry them</extracomment>
        <translation>Этот пакет относится к развёртыванию другого военного представительства, а не этого. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle was written by this workstation; it is meant for the others. Nothing was imported.</source>
        <translation>Этот пакет сформирован этим рабочим местом; он предназначен для других. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle is addressed to other workstations, not to this one. Nothing was imported.</source>
        <translation>Этот пакет адресован другим рабочим местам, а не этому. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle was written by a milrep with database version {theirs}; this workstation has version {ours}. Update milrep so both have the same version; nothing was imported.</source>
        <translation>Пакет сформирован milrep с версией базы данных {theirs}; на этом рабочем месте версия {ours}. Обновите milrep, чтобы версии совпадали; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle carries changes made at the headquarters, which only reads this office&apos;s data. It is refused; report it to the head of office.</source>
        <translation>Пакет содержит изменения, сделанные в вышестоящем органе управления, который только читает данные этого военного представительства. Пакет отклонён; сообщите об этом начальнику военного представительства.</translation>
    </message>
    <message>
        <source>The bundle&apos;s changes contradict the data stored here ({detail}). Nothing was imported; report it to the head of office.</source>
        <translation>Изменения пакета противоречат хранящимся здесь данным ({detail}). Ничего не импортировано; сообщите об этом начальнику военного представительства.</translation>
    </message>
    <message>
        <source>Workstation {site} has sent two different bundles with the same number {seq}. The second one is refused and an alarm is recorded in the journal; report it to the head of office (the workstation&apos;s key may be compromised, or its database was restored from a copy).</source>
        <translation>Рабочее место {site} прислало два разных пакета с одним и тем же номером {seq}. Второй пакет отклонён, в журнале зарегистрирована тревога; сообщите об этом начальнику военного представительства (ключ рабочего места может быть скомпрометирован либо его база данных восстановлена из копии).</translation>
    </message>
    <message>
        <source>Bundle {seq} of workstation {site} does not follow on from the bundles already received from it: two different histories exist. It is refused and an alarm is recorded in the journal; report it to the head of office.</source>
        <translation>Пакет {seq} рабочего места {site} не продолжает ранее полученные от него пакеты: существуют две разные истории. Пакет отклонён, в журнале зарегистрирована тревога; сообщите об этом начальнику военного представительства.</translation>
    </message>
    <message>
        <source>The bundle&apos;s clock is {hours} hours ahead of this workstation&apos;s. One of the two computers has a wrong date or time: correct it and write the bundle again. Nothing was imported.</source>
        <translation>Часы пакета опережают часы этого рабочего места на {hours} ч. На одном из двух компьютеров неверные дата или время: исправьте их и сформируйте пакет заново. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle is signed with a key this office&apos;s keyring does not know (key id {kid}). Import the current keyring from the head of office first; nothing was imported.</source>
        <extracomment>the last bundle sequence this key validly signed, once revoked; None while in force with a revocation: the site&apos;s last valid change (its change-log number) as of that bundle; changes of the site after it are refused whoever relays them, unless the site has a key in force again. None: not stated (an older keyring)</extracomment>
        <translation>Пакет подписан ключом, неизвестным связке ключей этого военного представительства (идентификатор ключа {kid}). Сначала импортируйте актуальную связку ключей, полученную от начальника военного представительства; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle claims to come from workstation {origin} but is signed with the key of another workstation ({signer}). It is refused; report it to the head of office.</source>
        <translation>Пакет заявлен как полученный от рабочего места {origin}, но подписан ключом другого рабочего места ({signer}). Пакет отклонён; сообщите об этом начальнику военного представительства.</translation>
    </message>
    <message>
        <source>The bundle is number {seq} of its workstation, but that workstation&apos;s key was revoked after bundle {last}. It is refused; report it to the head of office.</source>
        <translation>Пакет имеет номер {seq} своего рабочего места, но ключ этого рабочего места был отозван после пакета {last}. Пакет отклонён; сообщите об этом начальнику военного представительства.</translation>
    </message>
    <message>
        <source>The bundle carries changes of workstation {site} numbered after {last}, made after its key was revoked (they may have been relayed by another workstation). It is refused; report it to the head of office.</source>
        <translation>Пакет обмена содержит изменения рабочего места {site} с номерами после {last}, внесённые после отзыва его ключа (их могло передать другое рабочее место). Пакет отклонён; сообщите об этом начальнику военного представительства.</translation>
    </message>
    <message>
        <source>This keyring belongs to another office&apos;s deployment. Nothing was changed.</source>
        <extracomment>written only with a revocation that states it (files without it read as before)</extracomment>
        <translation>Эта связка ключей относится к развёртыванию другого военного представительства. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This keyring is not signed by the office root key this workstation trusts. It is refused; nothing was changed.</source>
        <translation>Эта связка ключей не подписана корневым ключом военного представительства, которому доверяет это рабочее место. Она отклонена; ничего не изменено.</translation>
    </message>
    <message>
        <source>This keyring names a new office root key but is not signed by both the current root and the new one. It is refused; nothing was changed.</source>
        <translation>В этой связке ключей указан новый корневой ключ военного представительства, но она не подписана одновременно текущим и новым корневыми ключами. Она отклонена; ничего не изменено.</translation>
    </message>
    <message>
        <source>This keyring is version {old}; version {new} is already installed. An older keyring is never installed; nothing was changed.</source>
        <translation>Версия этой связки ключей — {old}; уже установлена версия {new}. Более старая связка ключей никогда не устанавливается; ничего не изменено.</translation>
    </message>
    <message>
        <source>Another keyring with the same version {version} is already installed. It is refused; report it to the head of office.</source>
        <translation>Уже установлена другая связка ключей с той же версией {version}. Она отклонена; сообщите об этом начальнику военного представительства.</translation>
    </message>
    <message>
        <source>The keyring&apos;s signature does not match its content: it was changed or damaged. It is refused; nothing was changed.</source>
        <translation>Подпись связки ключей не соответствует её содержимому: она была изменена или повреждена. Она отклонена; ничего не изменено.</translation>
    </message>
    <message>
        <source>The file is not a milrep keyring, or it is damaged. Nothing was changed; ask the head of office for the keyring again.</source>
        <translation>Файл не является связкой ключей milrep или повреждён. Ничего не изменено; запросите связку ключей у начальника военного представительства повторно.</translation>
    </message>
    <message>
        <source>This workstation has no office keyring yet: bundles can be neither written nor read. Import the keyring the head of office gave you.</source>
        <translation>На этом рабочем месте ещё нет связки ключей военного представительства: пакеты нельзя ни формировать, ни читать. Импортируйте связку ключей, полученную от начальника военного представительства.</translation>
    </message>
    <message>
        <source>This workstation knows no office root key, so it cannot check a keyring. It gets the root key when it joins the office.</source>
        <translation>Этому рабочему месту неизвестен корневой ключ военного представительства, поэтому оно не может проверить связку ключей. Корневой ключ оно получает при подключении к военному представительству.</translation>
    </message>
    <message>
        <source>The office root key is not on this workstation. Endorse the keyring on the head of office&apos;s workstation, which holds it.</source>
        <translation>Корневого ключа военного представительства нет на этом рабочем месте. Заверьте связку ключей на рабочем месте начальника военного представительства, где он хранится.</translation>
    </message>
    <message>
        <source>The bundle holds data this version of milrep does not know (a table or a column of another schema version). Update milrep on both workstations to the same version; nothing was imported.</source>
        <extracomment>stamped from the change itself (its clock and origin), never taken from its data</extracomment>
        <translation>Пакет содержит данные, неизвестные этой версии milrep (таблицу или столбец другой версии схемы). Обновите milrep на обоих рабочих местах до одной версии; ничего не импортировано.</translation>
    </message>
    <message>
        <source>the text given</source>
        <translation>указанный текст</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Файл {path} не существует.</translation>
    </message>
    <message>
        <source>the file given</source>
        <translation>указанный файл</translation>
    </message>
    <message>
        <source>{path} is neither a PDF, an image nor a seal text.</source>
        <translation>{path} не является ни PDF, ни изображением, ни текстом печати.</translation>
    </message>
    <message>
        <source>The image is too large to be a scan or photo.</source>
        <translation>Изображение слишком велико для скана или фотографии.</translation>
    </message>
    <message>
        <source>{name} has {mp:.0f} megapixels; at most {limit} are read. Scan at 300 dpi or take the photo at a lower resolution.</source>
        <translation>{name} имеет {mp:.0f} мегапикселей; считывается не более {limit}. Сканируйте с разрешением 300 dpi или фотографируйте с меньшим разрешением.</translation>
    </message>
    <message>
        <source>{name} is a damaged image: {reason}</source>
        <translation>{name} — повреждённое изображение: {reason}</translation>
    </message>
    <message>
        <source>{name} is a damaged or protected PDF ({reason}).</source>
        <translation>{name} — повреждённый или защищённый PDF ({reason}).</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {v}</source>
        <translation>не дата (ГГГГ-ММ-ДД): {v}</translation>
    </message>
    <message>
        <source>material assets: list the register, a balance, export</source>
        <translation>материальные ценности: реестр, остаток, выгрузка</translation>
    </message>
    <message>
        <source>list the register with balances</source>
        <translation>показать реестр с остатками</translation>
    </message>
    <message>
        <source>balances at the end of this day (default: today)</source>
        <translation>остатки на конец этого дня (по умолчанию: сегодня)</translation>
    </message>
    <message>
        <source>the balance of one asset, by location</source>
        <translation>остаток одной ценности по местам нахождения</translation>
    </message>
    <message>
        <source>inventory number</source>
        <translation>инвентарный номер</translation>
    </message>
    <message>
        <source>at the end of this day (default: today)</source>
        <translation>на конец этого дня (по умолчанию: сегодня)</translation>
    </message>
    <message>
        <source>write the register, or the movements of a period, as XLSX, CSV or PDF</source>
        <translation>выгрузить реестр или движение за период в XLSX, CSV или PDF</translation>
    </message>
    <message>
        <source>file format</source>
        <translation>формат файла</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>записываемый файл</translation>
    </message>
    <message>
        <source>the movements of a period instead of the register</source>
        <translation>движение за период вместо реестра</translation>
    </message>
    <message>
        <source>first day of the period (with --movements)</source>
        <translation>первый день периода (с --movements)</translation>
    </message>
    <message>
        <source>last day of the period (with --movements; default: today)</source>
        <translation>последний день периода (с --movements; по умолчанию: сегодня)</translation>
    </message>
    <message>
        <source>register balances at the end of this day</source>
        <translation>остатки по реестру на конец этого дня</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>заменить существующий файл</translation>
    </message>
    <message>
        <source>The register has no assets on this date.</source>
        <translation>На эту дату в реестре нет ценностей.</translation>
    </message>
    <message>
        <source>{number} {name}: {balance} {unit} at the end of {date}</source>
        <translation>{number} {name}: {balance} {unit} на конец дня {date}</translation>
    </message>
    <message>
        <source>{path} already exists; add --force to replace it.</source>
        <translation>{path} уже существует; чтобы заменить его, добавьте --force.</translation>
    </message>
    <message>
        <source>Give the first day of the period with --from.</source>
        <translation>Укажите первый день периода в --from.</translation>
    </message>
    <message>
        <source>Wrote {path} ({n} rows).</source>
        <translation>Записан файл {path} (строк: {n}).</translation>
    </message>
    <message>
        <source>draft contract reviews: the Article 22.4 checklist</source>
        <translation>рассмотрение проектов договоров: контрольный перечень по статье 22.4</translation>
    </message>
    <message>
        <source>the checklist, remarks and conclusion of the latest review of a contract</source>
        <translation>контрольный перечень, замечания и заключение последнего рассмотрения проекта договора</translation>
    </message>
    <message>
        <source>contract number</source>
        <translation>номер договора</translation>
    </message>
    <message>
        <source>the register of technical documents and national standards</source>
        <translation>реестр технической документации и национальных стандартов</translation>
    </message>
    <message>
        <source>documents with their revisions, by designation</source>
        <translation>документы с их редакциями, по обозначению</translation>
    </message>
    <message>
        <source>only requirements referencing a superseded or cancelled revision (exit 1 when there are any)</source>
        <translation>только требования со ссылкой на заменённую или отменённую редакцию (код выхода 1, если такие есть)</translation>
    </message>
    <message>
        <source>There is no contract No. {number}.</source>
        <translation>Договора № {number} нет.</translation>
    </message>
    <message>
        <source>The draft of contract {number} has not been reviewed.</source>
        <translation>Проект договора {number} не рассматривался.</translation>
    </message>
    <message>
        <source>Review of the draft of contract {number}, opened {date}</source>
        <translation>Рассмотрение проекта договора {number}, начато {date}</translation>
    </message>
    <message>
        <source>Draft as received: {ref}</source>
        <translation>Проект в полученной редакции: {ref}</translation>
    </message>
    <message>
        <source>contract record</source>
        <translation>запись договора</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>Замечания:</translation>
    </message>
    <message>
        <source>conclusion No. {number}</source>
        <translation>заключение № {number}</translation>
    </message>
    <message>
        <source>not concluded yet</source>
        <translation>заключение ещё не выдано</translation>
    </message>
    <message>
        <source>No requirement references a superseded or cancelled revision.</source>
        <translation>Ни одно требование не ссылается на заменённую или отменённую редакцию.</translation>
    </message>
    <message>
        <source>{item}: {characteristic} references {document} rev. {revision}, cl. {clause} ({status}; current: {current})</source>
        <translation>{item}: {characteristic} ссылается на {document} ред. {revision}, п. {clause} ({status}; действующая: {current})</translation>
    </message>
    <message>
        <source>The register is empty.</source>
        <translation>Реестр пуст.</translation>
    </message>
    <message>
        <source>rev.</source>
        <translation>ред.</translation>
    </message>
    <message>
        <source>Warning: {n} requirement(s) reference a superseded or cancelled revision (milrep documents-register list --stale).</source>
        <translation>Внимание: требований со ссылкой на заменённую или отменённую редакцию — {n} (milrep documents-register list --stale).</translation>
    </message>
    <message>
        <source>reclamations under Article 29: list, show</source>
        <translation>рекламации по статье 29: список, просмотр</translation>
    </message>
    <message>
        <source>list the reclamations, newest notification first</source>
        <translation>список рекламаций, сначала с последними уведомлениями</translation>
    </message>
    <message>
        <source>only reclamations with this status</source>
        <translation>только рекламации с этим статусом</translation>
    </message>
    <message>
        <source>only reclamations not closed</source>
        <translation>только незакрытые рекламации</translation>
    </message>
    <message>
        <source>show one reclamation</source>
        <translation>показать одну рекламацию</translation>
    </message>
    <message>
        <source>reclamation number</source>
        <translation>номер рекламации</translation>
    </message>
    <message>
        <source>No reclamations.</source>
        <translation>Рекламаций нет.</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
        <source>Reclamation</source>
        <translation>Рекламация</translation>
    </message>
    <message>
        <source>Warranty: {months} months, {start} to {end} ({basis})</source>
        <translation>Гарантия: {months} мес., с {start} по {end} ({basis})</translation>
    </message>
    <message>
        <source>Joint commission formed on {date}:</source>
        <translation>Совместная комиссия образована {date}:</translation>
    </message>
    <message>
        <source>Findings of {date}: {cause}</source>
        <translation>Заключение от {date}: {cause}</translation>
    </message>
    <message>
        <source>Penalty period: {days} days</source>
        <translation>Период неустойки: {days} дн.</translation>
    </message>
    <message>
        <source>term {term} days</source>
        <translation>срок {term} дн.</translation>
    </message>
    <message>
        <source>overdue by {days} days</source>
        <translation>просрочено на {days} дн.</translation>
    </message>
    <message>
        <source>Suspension (Article 27.4.8): {number}</source>
        <translation>Приостановление (статья 27.4.8): {number}</translation>
    </message>
    <message>
        <source>The same defect is in goods in production: a suspension is proposed (Article 27.4.8).</source>
        <translation>Тот же дефект есть в продукции, находящейся в производстве: предлагается приостановление (статья 27.4.8).</translation>
    </message>
    <message>
        <source>reports: reliability analysis, the monthly report</source>
        <translation>отчёты: анализ надёжности, ежемесячный отчёт</translation>
    </message>
    <message>
        <source>defects, first-pass acceptance and return rates, trend, Pareto</source>
        <translation>дефекты, доля приёмки с первого предъявления и доля возвратов, динамика, Парето</translation>
    </message>
    <message>
        <source>first day of the period (YYYY-MM-DD)</source>
        <translation>первый день периода (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>last day of the period (YYYY-MM-DD)</source>
        <translation>последний день периода (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>only the items of this contract</source>
        <translation>только позиции этого договора</translation>
    </message>
    <message>
        <source>only this item (nomenclature code or name)</source>
        <translation>только эта позиция (код номенклатуры или наименование)</translation>
    </message>
    <message>
        <source>count defects from this source only (repeatable)</source>
        <translation>учитывать дефекты только из этого источника (можно повторять)</translation>
    </message>
    <message>
        <source>the monthly report to headquarters as PDF or XLSX</source>
        <translation>ежемесячный отчёт в вышестоящий орган (штаб) в PDF или XLSX</translation>
    </message>
    <message>
        <source>the month, e.g. 2026-11</source>
        <translation>месяц, например 2026-11</translation>
    </message>
    <message>
        <source>the file to write: .pdf or .xlsx</source>
        <translation>записываемый файл: .pdf или .xlsx</translation>
    </message>
    <message>
        <source>language of the report (default: yours)</source>
        <translation>язык отчёта (по умолчанию: ваш)</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date: write it as YYYY-MM-DD.</source>
        <translation>«{text}» — не дата: укажите её в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Дата окончания периода раньше даты его начала.</translation>
    </message>
    <message>
        <source>No presentation was decided and no defect recorded in the period: every figure is zero.</source>
        <translation>За период не принято ни одного решения по предъявлениям и не зарегистрировано ни одного дефекта: все показатели равны нулю.</translation>
    </message>
    <message>
        <source>Decided: {decided} (accepted {accepted}, returned {returned})</source>
        <translation>Решено: {decided} (принято {accepted}, возвращено {returned})</translation>
    </message>
    <message>
        <source>First-pass acceptance rate: {rate} ({accepted} of {decided} first presentations)</source>
        <translation>Доля приёмки с первого предъявления: {rate} ({accepted} из {decided} первичных предъявлений)</translation>
    </message>
    <message>
        <source>Return rate: {rate}</source>
        <translation>Доля возвратов: {rate}</translation>
    </message>
    <message>
        <source>Defects: {total} ({sources})</source>
        <translation>Дефекты: {total} ({sources})</translation>
    </message>
    <message>
        <source>Month     Decided  Returned  First pass  Defects</source>
        <translation>Месяц      Решено   Возврат  С 1-го пр.  Дефекты</translation>
    </message>
    <message>
        <source>Defect categories (Pareto):</source>
        <translation>Категории дефектов (Парето):</translation>
    </message>
    <message>
        <source>No control-list item has the code or name &quot;{item}&quot;.</source>
        <translation>В перечне нет позиции с кодом или наименованием «{item}».</translation>
    </message>
    <message>
        <source>Several items are called &quot;{item}&quot;: give the nomenclature code.</source>
        <translation>Несколько позиций называются «{item}»: укажите код номенклатуры.</translation>
    </message>
    <message>
        <source>Write the report to a .pdf or an .xlsx file (got &quot;{name}&quot;).</source>
        <translation>Укажите для отчёта файл .pdf или .xlsx (указано: «{name}»).</translation>
    </message>
    <message>
        <source>{path} is not replaced: it does not open as a demo workstation with this password ({reason}). Delete it yourself if you really mean to.</source>
        <extracomment>the demo user who works at the second workstation (an account of the demo office)</extracomment>
        <translation>{path} не заменён: он не открывается как демонстрационное рабочее место с этим паролем ({reason}). Если это действительно нужно, удалите его сами.</translation>
    </message>
    <message>
        <source>{path} is a real workstation database, not a demo; it is not replaced.</source>
        <translation>{path} — база данных реального рабочего места, а не демонстрационная; она не заменена.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Печать отменена.</translation>
    </message>
    <message>
        <source>Defects by month and source</source>
        <translation>Дефекты по месяцам и источникам</translation>
    </message>
    <message>
        <source>No defect was recorded in the period.</source>
        <translation>За период дефекты не зарегистрированы.</translation>
    </message>
    <message>
        <source>Other ({count} categories)</source>
        <translation>Прочие (категорий: {count})</translation>
    </message>
    <message>
        <source>Pareto of defect categories</source>
        <translation>Диаграмма Парето по категориям дефектов</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Накопленная доля</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>By item</source>
        <translation>По позициям</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Приостановление</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>First pass, %</source>
        <translation>С первого предъявления, %</translation>
    </message>
    <message>
        <source>Return rate, %</source>
        <translation>Доля возвратов, %</translation>
    </message>
    <message>
        <source>Pareto</source>
        <translation>Парето</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Share, %</source>
        <translation>Доля, %</translation>
    </message>
    <message>
        <source>Cumulative, %</source>
        <translation>Накопленная доля, %</translation>
    </message>
    <message>
        <source>Notices of presentation</source>
        <translation>Извещения о предъявлении</translation>
    </message>
    <message>
        <source>… first presentations</source>
        <translation>… первичные предъявления</translation>
    </message>
    <message>
        <source>… repeat presentations after a return</source>
        <translation>… повторные предъявления после возврата</translation>
    </message>
    <message>
        <source>Units presented</source>
        <translation>Предъявлено изделий</translation>
    </message>
    <message>
        <source>No lot was presented this month.</source>
        <translation>В этом месяце партии не предъявлялись.</translation>
    </message>
    <message>
        <source>Acceptances</source>
        <translation>Приёмка</translation>
    </message>
    <message>
        <source>Acceptance records</source>
        <translation>Акты приёмки</translation>
    </message>
    <message>
        <source>… of which in part</source>
        <translation>… из них частичной приёмки</translation>
    </message>
    <message>
        <source>Accepted after the contract deadline</source>
        <translation>Принято после срока по договору</translation>
    </message>
    <message>
        <source>No lot was accepted this month.</source>
        <translation>В этом месяце партии не принимались.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Return notices</source>
        <translation>Уведомления о возврате</translation>
    </message>
    <message>
        <source>… at the first presentation</source>
        <translation>… при первичном предъявлении</translation>
    </message>
    <message>
        <source>No lot was returned this month.</source>
        <translation>В этом месяце партии не возвращались.</translation>
    </message>
    <message>
        <source>First-pass acceptance rate</source>
        <translation>Доля приёмки с первого предъявления</translation>
    </message>
    <message>
        <source>Defects: {source}</source>
        <translation>Дефекты: {source}</translation>
    </message>
    <message>
        <source>Reliability (Article 27.4.5)</source>
        <translation>Надёжность (статья 27.4.5)</translation>
    </message>
    <message>
        <source>Suspensions of acceptance</source>
        <translation>Приостановления приёмки</translation>
    </message>
    <message>
        <source>Suspensions signed</source>
        <translation>Подписано приостановлений</translation>
    </message>
    <message>
        <source>Resumption decisions</source>
        <translation>Решения о возобновлении</translation>
    </message>
    <message>
        <source>In force at the end of the month</source>
        <translation>Действуют на конец месяца</translation>
    </message>
    <message>
        <source>Certificates confirming quality</source>
        <translation>Удостоверения о качестве</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Выдано удостоверений</translation>
    </message>
    <message>
        <source>Units certified</source>
        <translation>Изделий в выданных удостоверениях</translation>
    </message>
    <message>
        <source>Certificates revoked</source>
        <translation>Отозвано удостоверений</translation>
    </message>
    <message>
        <source>Superseded by a re-issue</source>
        <translation>Заменено при переоформлении</translation>
    </message>
    <message>
        <source>lot {lot}, attempt {attempt}</source>
        <translation>партия {lot}, предъявление {attempt}</translation>
    </message>
    <message>
        <source>resumes suspension {number}</source>
        <translation>возобновление по приостановлению {number}</translation>
    </message>
    <message>
        <source>Reclamations registered</source>
        <translation>Зарегистрировано рекламаций</translation>
    </message>
    <message>
        <source>Defective units reported</source>
        <translation>Заявлено дефектных изделий</translation>
    </message>
    <message>
        <source>Findings of joint commissions</source>
        <translation>Заключения совместных комиссий</translation>
    </message>
    <message>
        <source>… of which the contractor at fault</source>
        <translation>… из них по вине исполнителя</translation>
    </message>
    <message>
        <source>Whole-lot returns (Article 29.4)</source>
        <translation>Возвраты всей партии (статья 29.4)</translation>
    </message>
    <message>
        <source>Reclamations closed</source>
        <translation>Закрыто рекламаций</translation>
    </message>
    <message>
        <source>Open at the end of the month</source>
        <translation>Открыто на конец месяца</translation>
    </message>
    <message>
        <source>Reclamations</source>
        <translation>Рекламации</translation>
    </message>
    <message>
        <source>No reclamation was registered or open this month.</source>
        <translation>В этом месяце рекламации не регистрировались, открытых рекламаций не было.</translation>
    </message>
    <message>
        <source>Material assets</source>
        <translation>Материальные ценности</translation>
    </message>
    <message>
        <source>Assets acquired (new in the register)</source>
        <translation>Поступило материальных ценностей (новые в реестре)</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Поступления</translation>
    </message>
    <message>
        <source>Value received, tenge</source>
        <translation>Стоимость поступивших ценностей, тенге</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Перемещения</translation>
    </message>
    <message>
        <source>Handed over to the recipient</source>
        <translation>Передано получателю</translation>
    </message>
    <message>
        <source>Write-offs</source>
        <translation>Списания</translation>
    </message>
    <message>
        <source>Inventory counts reconciled</source>
        <translation>Сверено инвентаризаций</translation>
    </message>
    <message>
        <source>No asset was registered or moved this month.</source>
        <translation>В этом месяце материальные ценности не регистрировались, движений не было.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a month: write it as year-month, e.g. 2026-11.</source>
        <translation>«{text}» не является месяцем: укажите год и месяц, например 2026-11.</translation>
    </message>
    <message>
        <source>That is not the id of a monthly report.</source>
        <translation>Это не идентификатор ежемесячного отчёта.</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Контроль</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Испытания</translation>
    </message>
    <message>
        <source>the subject matter of the contract</source>
        <translation>предмет договора</translation>
    </message>
    <message>
        <source>the contract validity period and (or) deadlines for separate phases of the contract</source>
        <translation>срок действия договора и (или) сроки отдельных этапов договора</translation>
    </message>
    <message>
        <source>the contract value</source>
        <translation>цена договора</translation>
    </message>
    <message>
        <source>advance payment, if any</source>
        <translation>авансовый платёж (при наличии)</translation>
    </message>
    <message>
        <source>quality control conditions</source>
        <translation>условия контроля качества</translation>
    </message>
    <message>
        <source>acceptance conditions</source>
        <translation>условия приёмки</translation>
    </message>
    <message>
        <source>place and dates of delivery (performance, rendering)</source>
        <translation>место и сроки поставки товаров (выполнения работ, оказания услуг)</translation>
    </message>
    <message>
        <source>the amount of a forfeit (fine, penalty)</source>
        <translation>размер неустойки (штрафа, пени)</translation>
    </message>
    <message>
        <source>the grounds for cancellation or termination of the contract</source>
        <translation>основания расторжения или прекращения договора</translation>
    </message>
    <message>
        <source>the liability of the parties</source>
        <translation>ответственность сторон</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Имеется</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Не применимо</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>The draft contract is agreed</source>
        <translation>Проект договора согласован</translation>
    </message>
    <message>
        <source>The draft contract is agreed subject to the remarks</source>
        <translation>Проект договора согласован с замечаниями</translation>
    </message>
    <message>
        <source>The draft contract is not agreed: terms required by paragraph 4 of Article 22 of the Law are missing</source>
        <translation>Проект договора не согласован: отсутствуют условия, требуемые пунктом 4 статьи 22 Закона</translation>
    </message>
    <message>
        <source>Article 29.7: the contractor is not at fault when the commission establishes that improper operation caused the failure. Untick either &quot;improper operation&quot; or &quot;contractor at fault&quot;.</source>
        <translation>Статья 29.7: исполнитель не виновен, если комиссия установила, что отказ вызван неправильной эксплуатацией. Снимите одну из отметок: «неправильная эксплуатация» или «виновен исполнитель».</translation>
    </message>
    <message>
        <source>Article 27.4.8: a failure caused by improper operation is not a defect of the goods, so goods in production cannot have the same defect.</source>
        <translation>Статья 27.4.8: отказ, вызванный неправильной эксплуатацией, не является дефектом продукции, поэтому изготавливаемая продукция не может иметь такой же дефект.</translation>
    </message>
    <message>
        <source>Article 29.4: &quot;all goods supplied have the same defect&quot; is a finding about a hidden defect; tick &quot;hidden defect&quot; too, or untick it.</source>
        <translation>Статья 29.4: вывод «такой же дефект имеется во всех поставленных товарах» относится к скрытому дефекту; отметьте также «скрытый дефект» или снимите эту отметку.</translation>
    </message>
    <message>
        <source>Article 29.7: improper operation caused the failure — the contractor is not at fault: no replacement and no penalties.</source>
        <translation>Статья 29.7: отказ вызван неправильной эксплуатацией — исполнитель не виновен: замена не производится, неустойка не начисляется.</translation>
    </message>
    <message>
        <source>The contractor is not found at fault: Articles 29.3–29.6 do not apply — no replacement at the contractor&apos;s expense and no penalties.</source>
        <translation>Вина исполнителя не установлена: статьи 29.3–29.6 не применяются — замена за счёт исполнителя не производится, неустойка не начисляется.</translation>
    </message>
    <message>
        <source>Article 29.3: counterfeit, production by others and irreparable defects lead to a return only when the contractor is found at fault.</source>
        <translation>Статья 29.3: контрафакт, изготовление другими лицами и неустранимые дефекты влекут возврат только при установлении вины исполнителя.</translation>
    </message>
    <message>
        <source>Articles 29.3–29.5 return or replace goods: for a work or service these findings lead to no return; the contractor redoes it.</source>
        <translation>Статьи 29.3–29.5 предусматривают возврат или замену товаров: для работы или услуги такие выводы не влекут возврата; исполнитель выполняет её повторно.</translation>
    </message>
    <message>
        <source>Article 29.6: the contractor is at fault — penalties run from the day it received the notification until the remedy is complete.</source>
        <translation>Статья 29.6: исполнитель виновен — неустойка начисляется со дня получения им уведомления до завершения устранения.</translation>
    </message>
    <message>
        <source>Article 29.3.1: the goods or their parts are counterfeit — they may be returned to the contractor for full replacement.</source>
        <translation>Статья 29.3.1: товары или их составные части являются контрафактными — они могут быть возвращены исполнителю для полной замены.</translation>
    </message>
    <message>
        <source>Article 29.3.2: not produced by the contractor itself although that was required — the goods may be returned for full replacement.</source>
        <translation>Статья 29.3.2: товары изготовлены не самим исполнителем, хотя это требовалось, — они могут быть возвращены для полной замены.</translation>
    </message>
    <message>
        <source>Article 29.3.2 applies only when the contract, the TTZ/TU, the design documentation or the selection from the register required production by the contractor itself: production by others is no ground for a return here.</source>
        <translation>Статья 29.3.2 применяется, только если договор, ТТЗ/ТУ, конструкторская документация или выбор из реестра требовали изготовления самим исполнителем: в данном случае изготовление другими лицами не является основанием для возврата.</translation>
    </message>
    <message>
        <source>Article 29.3.3: the defect cannot be repaired — the goods may be returned for full replacement.</source>
        <translation>Статья 29.3.3: дефект неустраним — товары могут быть возвращены для полной замены.</translation>
    </message>
    <message>
        <source>Article 29.4: an irreparable hidden defect, the contractor&apos;s fault, expected in all goods supplied under the contract — the whole lot shall be returned.</source>
        <translation>Статья 29.4: неустранимый скрытый дефект по вине исполнителя, предполагаемый во всех товарах, поставленных по договору, — вся партия подлежит возврату.</translation>
    </message>
    <message>
        <source>Article 29.4 returns the whole lot only for a defect that cannot be repaired: this hidden defect is repairable, so each item is remedied.</source>
        <translation>Статья 29.4 предусматривает возврат всей партии только при неустранимом дефекте: данный скрытый дефект устраним, поэтому он устраняется в каждом изделии.</translation>
    </message>
    <message>
        <source>Article 29.5: the contractor may instead withdraw and replace the goods on its own initiative; the replacement time counts in the penalties.</source>
        <translation>Статья 29.5: вместо этого исполнитель может по собственной инициативе изъять и заменить товары; время замены учитывается при начислении неустойки.</translation>
    </message>
    <message>
        <source>Article 27.4.9 does not list defects found in service as a ground to suspend a work or service.</source>
        <translation>Статья 27.4.9 не предусматривает дефекты, выявленные в эксплуатации, в качестве основания для приостановления работы или услуги.</translation>
    </message>
    <message>
        <source>Article 27.4.8: the same defect is in goods in production — a ground to suspend their acceptance and shipment.</source>
        <translation>Статья 27.4.8: такой же дефект имеет изготавливаемая продукция — основание для приостановления её приёмки и отгрузки.</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Укажите первый и последний день периода.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Register {date}</source>
        <translation>Реестр на {date}</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Способ получения</translation>
    </message>
    <message>
        <source>Acquisition date</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Movements {first}–{last}</source>
        <translation>Движения {first}–{last}</translation>
    </message>
    <message>
        <source>Recipient or holder</source>
        <translation>Получатель или держатель</translation>
    </message>
    <message>
        <source>New responsible</source>
        <translation>Новое ответственное лицо</translation>
    </message>
    <message>
        <source>Document No.</source>
        <translation>№ документа</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Дата документа</translation>
    </message>
    <message>
        <source>Unknown export format &quot;{fmt}&quot;; choose one of: {formats}.</source>
        <translation>Неизвестный формат выгрузки «{fmt}»; выберите один из следующих: {formats}.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Поступление</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перемещение</translation>
    </message>
    <message>
        <source>Handover to the recipient</source>
        <translation>Передача получателю</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Списание</translation>
    </message>
    <message>
        <source>Inventory count {number} of {location} on {date} already took the balance there; a movement dated {moved} (on or before it) is refused. Date it after the count.</source>
        <translation>Инвентаризацией {number} ({location}) на {date} остаток в этом месте уже зафиксирован; движение от {moved} (в день инвентаризации или ранее) не принимается. Укажите дату после инвентаризации.</translation>
    </message>
    <message>
        <source>Choose the kind of movement.</source>
        <translation>Выберите вид движения.</translation>
    </message>
    <message>
        <source>Enter the date of the movement.</source>
        <translation>Введите дату движения.</translation>
    </message>
    <message>
        <source>The movement date {date} is in the future.</source>
        <translation>Дата движения {date} ещё не наступила.</translation>
    </message>
    <message>
        <source>Asset {number} was acquired on {acquired}; a movement dated {date} is refused.</source>
        <translation>Материальная ценность {number} поступила {acquired}; движение от {date} не принимается.</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Enter the date of the document.</source>
        <translation>Введите дату документа.</translation>
    </message>
    <message>
        <source>The document is dated {doc}, after the movement ({date}).</source>
        <translation>Документ датирован {doc}, то есть позже движения ({date}).</translation>
    </message>
    <message>
        <source>Asset {number} has left the register ({status}); register what was received as a new asset.</source>
        <translation>Материальная ценность {number} выбыла из реестра ({status}); зарегистрируйте поступившее как новую материальную ценность.</translation>
    </message>
    <message>
        <source>Enter where the asset is transferred to.</source>
        <translation>Укажите, куда перемещается материальная ценность.</translation>
    </message>
    <message>
        <source>The asset is already kept at {place}; choose another destination.</source>
        <translation>Материальная ценность уже хранится в месте {place}; выберите другое место назначения.</translation>
    </message>
    <message>
        <source>Enter the recipient the asset is handed to.</source>
        <translation>Укажите получателя, которому передаётся материальная ценность.</translation>
    </message>
    <message>
        <source>A write-off needs its grounds (the act, the reason).</source>
        <translation>Для списания необходимо основание (акт, причина).</translation>
    </message>
    <message>
        <source>Asset {number} ({name}): the balance at {place} on {date} is {balance} {unit}; a {kind} of {quantity} {unit} is refused.</source>
        <translation>Материальная ценность {number} ({name}): остаток в месте {place} на {date} — {balance} {unit}; операция «{kind}» на {quantity} {unit} не принимается.</translation>
    </message>
    <message>
        <source>Asset {number} ({name}): later movements leave {balance} {unit} at {place} on {later}; a {kind} of {quantity} {unit} dated {date} is refused.</source>
        <translation>Материальная ценность {number} ({name}): с учётом последующих движений остаток в месте {place} на {later} составит {balance} {unit}; операция «{kind}» на {quantity} {unit} от {date} не принимается.</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Tooling</source>
        <translation>Оснастка</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <source>Prototypes</source>
        <translation>Опытные образцы</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Документация</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Приобретено</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Перемещено</translation>
    </message>
    <message>
        <source>Handed to the recipient</source>
        <translation>Передано получателю</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>The acquisition date {date} is in the future.</source>
        <translation>Дата поступления {date} ещё не наступила.</translation>
    </message>
    <message>
        <source>The location changes only by a transfer movement.</source>
        <translation>Местонахождение изменяется только движением «перемещение».</translation>
    </message>
    <message>
        <source>The acquisition document is that of the first receipt, which is never changed.</source>
        <translation>Документ поступления — это документ первого поступления, который не изменяется.</translation>
    </message>
    <message>
        <source>No asset has inventory number {number}.</source>
        <translation>Материальной ценности с инвентарным номером {number} нет.</translation>
    </message>
    <message>
        <source>The asset no longer exists in the register.</source>
        <translation>Материальной ценности больше нет в реестре.</translation>
    </message>
    <message>
        <source>Inventory number</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <source>The inventory number is longer than 64 characters.</source>
        <translation>Инвентарный номер длиннее 64 символов.</translation>
    </message>
    <message>
        <source>Choose the category of the asset.</source>
        <translation>Выберите категорию материальной ценности.</translation>
    </message>
    <message>
        <source>Choose whether the asset was created or purchased.</source>
        <translation>Укажите, создана материальная ценность или приобретена.</translation>
    </message>
    <message>
        <source>Choose the contract the asset was created or purchased under.</source>
        <translation>Выберите договор, по которому материальная ценность создана или приобретена.</translation>
    </message>
    <message>
        <source>The unit is longer than 16 characters.</source>
        <translation>Единица измерения длиннее 16 символов.</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Acquisition document</source>
        <translation>Документ поступления</translation>
    </message>
    <message>
        <source>Enter the date of the acquisition document.</source>
        <translation>Введите дату документа поступления.</translation>
    </message>
    <message>
        <source>Inventory number {number} is already in the register: {name}.</source>
        <translation>Инвентарный номер {number} уже есть в реестре: {name}.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): there is nothing to verify. Scan or save the certificate again.</source>
        <translation>Файл {path} пуст (0 байт): проверять нечего. Отсканируйте или сохраните удостоверение повторно.</translation>
    </message>
    <message>
        <source>A trust list is needed to verify a seal: add the issuing office&apos;s trust list file (the office exports it with `milrep keys export-trust`).</source>
        <translation>Для проверки печати нужен список доверия: добавьте файл списка доверия военного представительства, выдавшего удостоверение (военное представительство выгружает его командой `milrep keys export-trust`).</translation>
    </message>
    <message>
        <source>Only the head of office settles a business conflict; nothing was changed.</source>
        <extracomment>what a settled conflict changes for the views (its table is not a synced one)</extracomment>
        <translation>Деловой конфликт урегулирует только начальник военного представительства; ничего не изменено.</translation>
    </message>
    <message>
        <source>Contract {number} is no longer a draft: the office reviews draft contracts (subparagraph 1) of paragraph 3 of Article 27).</source>
        <translation>Договор {number} уже не является проектом: военное представительство рассматривает проекты договоров (подпункт 1) пункта 3 статьи 27).</translation>
    </message>
    <message>
        <source>The draft of contract {number} is already under review.</source>
        <translation>Проект договора {number} уже находится на рассмотрении.</translation>
    </message>
    <message>
        <source>Article 22.4 has no term &quot;{term}&quot;.</source>
        <translation>В статье 22.4 нет условия «{term}».</translation>
    </message>
    <message>
        <source>Choose present, missing or not applicable.</source>
        <translation>Выберите: «имеется», «отсутствует» или «не применимо».</translation>
    </message>
    <message>
        <source>Article 22.4 requires {term} in every contract: it cannot be not applicable.</source>
        <translation>Статья 22.4 требует наличия в каждом договоре условия «{term}»: оно не может быть отмечено как неприменимое.</translation>
    </message>
    <message>
        <source>Give the clause of the draft that states {term}.</source>
        <translation>Укажите пункт проекта, содержащий условие «{term}».</translation>
    </message>
    <message>
        <source>Say what the draft lacks about {term}.</source>
        <translation>Укажите, чего не хватает в проекте в части условия «{term}».</translation>
    </message>
    <message>
        <source>Check every term first; not checked: {terms}.</source>
        <translation>Сначала проверьте все условия; не проверены: {terms}.</translation>
    </message>
    <message>
        <source>The conclusion cannot predate the review.</source>
        <translation>Заключение не может быть датировано ранее начала рассмотрения.</translation>
    </message>
    <message>
        <source>The contract review no longer exists.</source>
        <translation>Рассмотрение проекта договора больше не существует.</translation>
    </message>
    <message>
        <source>The review is concluded: its conclusion is issued and signed.</source>
        <translation>Рассмотрение завершено: заключение выдано и подписано.</translation>
    </message>
    <message>
        <source>Purchased components</source>
        <translation>Покупные комплектующие изделия</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>Оплата труда</translation>
    </message>
    <message>
        <source>Social charges</source>
        <translation>Социальные отчисления</translation>
    </message>
    <message>
        <source>Overheads</source>
        <translation>Накладные расходы</translation>
    </message>
    <message>
        <source>Special equipment</source>
        <translation>Специальное оборудование</translation>
    </message>
    <message>
        <source>Subcontracted works</source>
        <translation>Работы соисполнителей</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>Прочие затраты</translation>
    </message>
    <message>
        <source>What is verified</source>
        <translation>Предмет проверки</translation>
    </message>
    <message>
        <source>Add the cost items the contractor claims first.</source>
        <translation>Сначала добавьте статьи затрат, заявленные исполнителем.</translation>
    </message>
    <message>
        <source>Every claimed amount must be verified or disputed; still to verify: {items}.</source>
        <translation>Каждая заявленная сумма должна быть подтверждена или оспорена; ещё не проверены: {items}.</translation>
    </message>
    <message>
        <source>The conclusion cannot predate the verification.</source>
        <translation>Заключение не может быть датировано ранее начала проверки.</translation>
    </message>
    <message>
        <source>The cost verification no longer exists.</source>
        <translation>Проверка затрат больше не существует.</translation>
    </message>
    <message>
        <source>Claimed amount</source>
        <translation>Заявленная сумма</translation>
    </message>
    <message>
        <source>Verified amount</source>
        <translation>Подтверждённая сумма</translation>
    </message>
    <message>
        <source>Disputed amount</source>
        <translation>Оспоренная сумма</translation>
    </message>
    <message>
        <source>Verified and disputed amounts together ({sum}) cannot exceed the claimed amount ({claimed}).</source>
        <translation>Подтверждённая и оспоренная суммы в совокупности ({sum}) не могут превышать заявленную сумму ({claimed}).</translation>
    </message>
    <message>
        <source>Say why the amount is disputed.</source>
        <translation>Укажите причину оспаривания суммы.</translation>
    </message>
    <message>
        <source>The cost item no longer exists.</source>
        <translation>Статья затрат больше не существует.</translation>
    </message>
    <message>
        <source>The cost verification is concluded: its conclusion is issued and signed.</source>
        <translation>Проверка затрат завершена: заключение выдано и подписано.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Сверена</translation>
    </message>
    <message>
        <source>Enter the date of the count.</source>
        <translation>Введите дату инвентаризации.</translation>
    </message>
    <message>
        <source>The count date {date} is in the future.</source>
        <translation>Дата инвентаризации {date} ещё не наступила.</translation>
    </message>
    <message>
        <source>Count {number} of {location} is still open; reconcile or discard it before starting another.</source>
        <translation>Инвентаризация {number} ({location}) ещё не завершена; прежде чем начинать новую, проведите по ней сверку или отмените её.</translation>
    </message>
    <message>
        <source>Count {number} of {location} on {date} is already reconciled; a new count must be dated after it.</source>
        <translation>Инвентаризация {number} ({location}) на {date} уже сверена; новая инвентаризация должна проводиться на более позднюю дату.</translation>
    </message>
    <message>
        <source>No asset is kept at {location} on {date}; there is nothing to count.</source>
        <translation>На {date} в месте {location} материальные ценности не хранятся; инвентаризировать нечего.</translation>
    </message>
    <message>
        <source>That line is not on count sheet {number}.</source>
        <translation>Этой строки нет в инвентаризационной описи {number}.</translation>
    </message>
    <message>
        <source>Counted quantity of {number}</source>
        <translation>Фактическое количество {number}</translation>
    </message>
    <message>
        <source>Count {number}: {n} line(s) are not counted yet ({first}); enter every counted quantity before reconciling.</source>
        <translation>Инвентаризация {number}: не подсчитано строк — {n} ({first}); перед сверкой введите все фактические количества.</translation>
    </message>
    <message>
        <source>Count {number} is reconciled and signed; it cannot be changed.</source>
        <translation>Инвентаризация {number} сверена и подписана; изменить её нельзя.</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Уведомление получено</translation>
    </message>
    <message>
        <source>Findings recorded</source>
        <translation>Заключение внесено</translation>
    </message>
    <message>
        <source>Remedy in progress</source>
        <translation>Устранение выполняется</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Repair by the contractor</source>
        <translation>Ремонт силами исполнителя</translation>
    </message>
    <message>
        <source>Replacement by the contractor (29.5)</source>
        <translation>Замена исполнителем (29.5)</translation>
    </message>
    <message>
        <source>Return for full replacement (29.3)</source>
        <translation>Возврат для полной замены (29.3)</translation>
    </message>
    <message>
        <source>Return of the whole lot (29.4)</source>
        <translation>Возврат всей партии (29.4)</translation>
    </message>
    <message>
        <source>Military representative office</source>
        <translation>Военное представительство</translation>
    </message>
    <message>
        <source>from the certificate confirming quality</source>
        <translation>по удостоверению о качестве</translation>
    </message>
    <message>
        <source>from the acceptance of the lot</source>
        <translation>по приёмке партии</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>введено вручную</translation>
    </message>
    <message>
        <source>Contractor at fault</source>
        <translation>Виновен исполнитель</translation>
    </message>
    <message>
        <source>Improper operation caused the failure (29.7)</source>
        <translation>Отказ вызван неправильной эксплуатацией (29.7)</translation>
    </message>
    <message>
        <source>Goods or parts counterfeit (29.3.1)</source>
        <translation>Товары или их составные части контрафактные (29.3.1)</translation>
    </message>
    <message>
        <source>Not produced by the contractor itself (29.3.2)</source>
        <translation>Изготовлено не самим исполнителем (29.3.2)</translation>
    </message>
    <message>
        <source>Own production was required by the contract, TTZ/TU, documentation or register (29.3.2)</source>
        <translation>Изготовление самим исполнителем требовалось договором, ТТЗ/ТУ, документацией или реестром (29.3.2)</translation>
    </message>
    <message>
        <source>Defect cannot be repaired (29.3.3)</source>
        <translation>Дефект неустраним (29.3.3)</translation>
    </message>
    <message>
        <source>Hidden defect, found only at a factory (29.4)</source>
        <translation>Скрытый дефект, выявляемый только в заводских условиях (29.4)</translation>
    </message>
    <message>
        <source>Grounds to believe all goods supplied have it (29.4)</source>
        <translation>Есть основания полагать, что такой же дефект имеется во всех поставленных товарах (29.4)</translation>
    </message>
    <message>
        <source>Same defect in goods in production (27.4.8)</source>
        <translation>Такой же дефект в изготавливаемой продукции (27.4.8)</translation>
    </message>
    <message>
        <source>Penalty days</source>
        <translation>Дни неустойки</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Reclamation {number}: the defect found in service (&quot;{defect}&quot;) is also in goods in production, per the joint commission&apos;s findings of {date}. Acceptance and shipment of &quot;{item}&quot; are suspended until the cause is removed (Article 27.4.8).</source>
        <translation>Рекламация {number}: согласно заключению совместной комиссии от {date} дефект, выявленный в эксплуатации («{defect}»), имеется и в изготавливаемой продукции. Приёмка и отгрузка «{item}» приостанавливаются до устранения причины (статья 27.4.8).</translation>
    </message>
    <message>
        <source>A suspension for this reclamation names the ground &quot;defects found in service&quot; and the item &quot;{item}&quot;.</source>
        <translation>В приостановлении по этой рекламации указываются основание «дефекты, выявленные в эксплуатации» и позиция «{item}».</translation>
    </message>
    <message>
        <source>Reclamation {number} is already linked to a suspension.</source>
        <translation>Рекламация {number} уже связана с приостановлением.</translation>
    </message>
    <message>
        <source>Link a suspension in force of the same item on the ground &quot;defects found in service&quot;.</source>
        <translation>Свяжите действующее приостановление по той же позиции с основанием «дефекты, выявленные в эксплуатации».</translation>
    </message>
    <message>
        <source>Reclamation {number}: record the commission&apos;s findings first; they say whether goods in production have the same defect.</source>
        <translation>Рекламация {number}: сначала внесите заключение комиссии — в нём указывается, имеет ли изготавливаемая продукция такой же дефект.</translation>
    </message>
    <message>
        <source>Reclamation {number} is closed.</source>
        <translation>Рекламация {number} закрыта.</translation>
    </message>
    <message>
        <source>Reclamation {number}: the findings do not say that goods in production have the same defect, so Article 27.4.8 gives no ground to suspend.</source>
        <translation>Рекламация {number}: в заключении не указано, что изготавливаемая продукция имеет такой же дефект, поэтому статья 27.4.8 не даёт основания для приостановления.</translation>
    </message>
    <message>
        <source>Suspension {suspension} of &quot;{item}&quot; for defects found in service is already in force: link it to the reclamation instead.</source>
        <translation>Приостановление {suspension} по «{item}» в связи с дефектами, выявленными в эксплуатации, уже действует: вместо этого свяжите его с рекламацией.</translation>
    </message>
    <message>
        <source>There is no reclamation {number}.</source>
        <translation>Рекламации {number} нет.</translation>
    </message>
    <message>
        <source>Choose the recipient who reported the defect.</source>
        <translation>Выберите получателя, сообщившего о дефекте.</translation>
    </message>
    <message>
        <source>The contractor cannot report a reclamation against itself: choose the recipient (military unit or organization).</source>
        <translation>Исполнитель не может заявить рекламацию самому себе: выберите получателя (воинскую часть или организацию).</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>Количество должно быть не менее 1.</translation>
    </message>
    <message>
        <source>{count} serial numbers are listed but the quantity is {quantity}.</source>
        <translation>Указано заводских номеров: {count}, а количество — {quantity}.</translation>
    </message>
    <message>
        <source>The characteristic is not one of &quot;{item}&quot;.</source>
        <translation>Характеристика не относится к позиции «{item}».</translation>
    </message>
    <message>
        <source>The notification date cannot be in the future.</source>
        <translation>Дата уведомления не может быть в будущем.</translation>
    </message>
    <message>
        <source>Notification received on</source>
        <translation>Дата получения уведомления</translation>
    </message>
    <message>
        <source>Enter the warranty period in months (1 to {max}) from the contract.</source>
        <translation>Введите гарантийный срок по договору в месяцах (от 1 до {max}).</translation>
    </message>
    <message>
        <source>No certificate or acceptance of these goods is recorded here: enter the date the warranty period started.</source>
        <translation>Удостоверение о качестве или приёмка этой продукции здесь не зарегистрированы: введите дату начала гарантийного срока.</translation>
    </message>
    <message>
        <source>Article 29.1 covers defects found within the warranty period: the defect was found on {found}, the warranty of {months} months ran from {start} to {end}.</source>
        <translation>Статья 29.1 распространяется на дефекты, выявленные в течение гарантийного срока: дефект выявлен {found}, гарантийный срок ({months} мес.) действовал с {start} по {end}.</translation>
    </message>
    <message>
        <source>form the commission</source>
        <translation>сформировать комиссию</translation>
    </message>
    <message>
        <source>The commission cannot be formed on a future date.</source>
        <translation>Комиссия не может быть сформирована будущей датой.</translation>
    </message>
    <message>
        <source>Commission formed on</source>
        <translation>Дата формирования комиссии</translation>
    </message>
    <message>
        <source>Every member needs a name.</source>
        <translation>Укажите имя каждого члена комиссии.</translation>
    </message>
    <message>
        <source>Article 29.2: the joint commission includes representatives of the recipient, the contractor and the military representative office; missing: {missing}.</source>
        <translation>Статья 29.2: в состав совместной комиссии входят представители получателя, исполнителя и военного представительства; отсутствуют: {missing}.</translation>
    </message>
    <message>
        <source>Reclamation {number}: form the joint commission before recording its findings (Article 29.2).</source>
        <translation>Рекламация {number}: прежде чем вносить заключение, сформируйте совместную комиссию (статья 29.2).</translation>
    </message>
    <message>
        <source>record findings</source>
        <translation>внести заключение</translation>
    </message>
    <message>
        <source>The findings cannot be dated in the future.</source>
        <translation>Заключение не может быть датировано будущим числом.</translation>
    </message>
    <message>
        <source>Reclamation {number}: the commission&apos;s findings decide the remedy; record them first.</source>
        <translation>Рекламация {number}: способ устранения определяется заключением комиссии; сначала внесите его.</translation>
    </message>
    <message>
        <source>record the remedy</source>
        <translation>внести способ устранения</translation>
    </message>
    <message>
        <source>Reclamation {number}: the contractor is not at fault, so there is no remedy at its expense ({clauses}); close the reclamation.</source>
        <translation>Рекламация {number}: исполнитель не виновен, поэтому устранение за его счёт не производится ({clauses}); закройте рекламацию.</translation>
    </message>
    <message>
        <source>The findings allow only: {allowed}.</source>
        <translation>Заключение допускает только: {allowed}.</translation>
    </message>
    <message>
        <source>Remedy started on</source>
        <translation>Дата начала устранения</translation>
    </message>
    <message>
        <source>The remedy cannot start in the future.</source>
        <translation>Дата начала устранения не может быть в будущем.</translation>
    </message>
    <message>
        <source>Remedy completed on</source>
        <translation>Дата завершения устранения</translation>
    </message>
    <message>
        <source>The remedy cannot be completed in the future.</source>
        <translation>Дата завершения устранения не может быть в будущем.</translation>
    </message>
    <message>
        <source>The term is a number of days from 1 to 3650.</source>
        <translation>Срок указывается в днях: от 1 до 3650.</translation>
    </message>
    <message>
        <source>Reclamation {number} cannot be closed without the joint commission&apos;s findings.</source>
        <translation>Рекламация {number} не может быть закрыта без заключения совместной комиссии.</translation>
    </message>
    <message>
        <source>close it</source>
        <translation>закрыть её</translation>
    </message>
    <message>
        <source>Reclamation {number} cannot be closed until the contractor&apos;s remedy is complete (Article 29.6: penalties run until then).</source>
        <translation>Рекламация {number} не может быть закрыта до завершения устранения исполнителем (статья 29.6: до этого момента начисляется неустойка).</translation>
    </message>
    <message>
        <source>Reclamation {number}: the same defect is in goods in production; sign the proposed suspension (Article 27.4.8) before closing.</source>
        <translation>Рекламация {number}: такой же дефект имеет изготавливаемая продукция; перед закрытием подпишите предложенное приостановление (статья 27.4.8).</translation>
    </message>
    <message>
        <source>The closing date cannot be in the future.</source>
        <translation>Дата закрытия не может быть в будущем.</translation>
    </message>
    <message>
        <source>Reclamation {number} ({status}): you cannot {what} now.</source>
        <translation>Рекламация {number} ({status}): сейчас нельзя {what}.</translation>
    </message>
    <message>
        <source>The lot is not a lot of &quot;{item}&quot;.</source>
        <translation>Партия не относится к позиции «{item}».</translation>
    </message>
    <message>
        <source>Lot {lot} has no serial numbers {serials}.</source>
        <translation>В партии {lot} нет заводских номеров {serials}.</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Достаточна</translation>
    </message>
    <message>
        <source>Partly adequate</source>
        <translation>Частично достаточна</translation>
    </message>
    <message>
        <source>Inadequate</source>
        <translation>Недостаточна</translation>
    </message>
    <message>
        <source>Contract {number} has no classification marking: there are no state secrets to protect under it. Enter its marking on the contract first.</source>
        <translation>Договор {number} не имеет грифа секретности: государственных секретов, подлежащих защите, по нему нет. Сначала укажите гриф секретности в договоре.</translation>
    </message>
    <message>
        <source>The protection measure no longer exists.</source>
        <translation>Мера защиты больше не существует.</translation>
    </message>
    <message>
        <source>The next check must come after the evaluation.</source>
        <translation>Следующая проверка должна быть назначена на дату после оценки.</translation>
    </message>
    <message>
        <source>Say what is lacking in the measure.</source>
        <translation>Укажите, чего недостаёт в мере защиты.</translation>
    </message>
    <message>
        <source>Set the date of the next check of a measure found lacking.</source>
        <translation>Назначьте дату следующей проверки меры защиты, признанной недостаточной.</translation>
    </message>
    <message>
        <source>Design documentation</source>
        <translation>Конструкторская документация</translation>
    </message>
    <message>
        <source>Technical conditions (specification)</source>
        <translation>Технические условия (спецификация)</translation>
    </message>
    <message>
        <source>Military operational requirement</source>
        <translation>Тактико-техническое задание</translation>
    </message>
    <message>
        <source>National standard</source>
        <translation>Национальный стандарт</translation>
    </message>
    <message>
        <source>Test programme and methods</source>
        <translation>Программа и методики испытаний</translation>
    </message>
    <message>
        <source>Operating and repair documentation</source>
        <translation>Эксплуатационная и ремонтная документация</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Иной документ</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Действующая</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Редакция</translation>
    </message>
    <message>
        <source>{document} already has revision {revision}.</source>
        <translation>Документ {document} уже имеет редакцию {revision}.</translation>
    </message>
    <message>
        <source>Revision {revision} cannot predate the current revision {current} of {date}.</source>
        <translation>Редакция {revision} не может быть ранее действующей редакции {current} от {date}.</translation>
    </message>
    <message>
        <source>Say why the revision is cancelled.</source>
        <translation>Укажите причину отмены редакции.</translation>
    </message>
    <message>
        <source>Revision {revision} of {document} is {status}: reference the current revision.</source>
        <translation>Редакция {revision} документа {document} имеет статус «{status}»: ссылайтесь на действующую редакцию.</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>{designation} is already in the register.</source>
        <translation>{designation} уже есть в реестре.</translation>
    </message>
    <message>
        <source>The document is no longer in the register.</source>
        <translation>Документа больше нет в реестре.</translation>
    </message>
    <message>
        <source>The revision no longer exists.</source>
        <translation>Редакция больше не существует.</translation>
    </message>
    <message>
        <source>This database was not set up to join an office (it is an office&apos;s own, or it has joined already). A join request is written by a new workstation.</source>
        <translation>Эта база данных не подготовлена для подключения к военному представительству (это собственная база данных военного представительства либо подключение уже выполнено). Запрос на подключение формирует новое рабочее место.</translation>
    </message>
    <message>
        <source>This join request was made for another office&apos;s deployment. Nothing was changed.</source>
        <translation>Этот запрос на подключение сформирован для развёртывания другого военного представительства. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The new workstation trusts another office root key than this office&apos;s: it was set up from another keyring file. Nothing was changed; set it up again from this office&apos;s keyring.</source>
        <translation>Новое рабочее место доверяет корневому ключу другого военного представительства, а не этого: оно было настроено по другому файлу связки ключей. Ничего не изменено; настройте его заново по связке ключей этого военного представительства.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>This workstation is already part of the office (the request was endorsed before).</source>
        <translation>Это рабочее место уже подключено к военному представительству (запрос был утверждён ранее).</translation>
    </message>
    <message>
        <source>The office already has a workstation with the code {code}; the new one must choose another.</source>
        <translation>В военном представительстве уже есть рабочее место с кодом {code}; для нового рабочего места необходимо выбрать другой код.</translation>
    </message>
    <message>
        <source>The request&apos;s keys are already in the office keyring under another workstation.</source>
        <translation>Ключи из запроса уже включены в связку ключей военного представительства для другого рабочего места.</translation>
    </message>
    <message>
        <source>The request names a person already known under another user name.</source>
        <translation>В запросе указано лицо, уже известное под другим именем пользователя.</translation>
    </message>
    <message>
        <source>The account {user} is disabled; enable it or choose another user name on the new workstation. Nothing was changed.</source>
        <translation>Учётная запись {user} отключена; включите её или выберите другое имя пользователя на новом рабочем месте. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The join request&apos;s signature does not match its content: it was changed after the workstation wrote it, or damaged. Nothing was changed; ask for the request again.</source>
        <translation>Подпись запроса на подключение не соответствует его содержимому: он был изменён после формирования рабочим местом или повреждён. Ничего не изменено; запросите его повторно.</translation>
    </message>
    <message>
        <source>The file is not a milrep join request, or it is damaged. Nothing was changed; ask the new workstation to write its request again.</source>
        <translation>Файл не является запросом на подключение milrep или повреждён. Ничего не изменено; попросите новое рабочее место сформировать запрос заново.</translation>
    </message>
    <message>
        <source>Workstation {site} has no key in force in the office keyring.</source>
        <translation>У рабочего места {site} нет действующего ключа в связке ключей военного представительства.</translation>
    </message>
    <message>
        <source>This workstation&apos;s own key is not revoked here; rotate the office root key or set up the workstation again.</source>
        <translation>Собственный ключ этого рабочего места здесь не отзывается; смените корневой ключ военного представительства или настройте рабочее место заново.</translation>
    </message>
    <message>
        <source>A bundle number is 0 or more.</source>
        <translation>Номер пакета обмена должен быть не меньше 0.</translation>
    </message>
    <message>
        <source>Bundle {n} of workstation {site} has not been received here, so the last change it validly carried is not known. Import it first, or name the last bundle received from it.</source>
        <translation>Пакет обмена {n} рабочего места {site} здесь не получен, поэтому последнее правомерно переданное в нём изменение неизвестно. Сначала загрузите этот пакет или укажите последний пакет, полученный от этого рабочего места.</translation>
    </message>
    <message>
        <source>Export cancelled: no bundle was written and its number was not used.</source>
        <extracomment>the export&apos;s steps: collected, packed and signed, encrypted, committed, checked on the medium an import reports every this many changes applied</extracomment>
        <translation>Выгрузка отменена: пакет обмена не записан, его номер не использован.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing of the bundle was applied.</source>
        <translation>Загрузка отменена: ничего из пакета обмена не применено.</translation>
    </message>
    <message>
        <source>kept the current value</source>
        <translation>оставлено текущее значение</translation>
    </message>
    <message>
        <source>took the other value</source>
        <translation>принято другое значение</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>рассмотрено</translation>
    </message>
    <message>
        <source>Contract amendment</source>
        <translation>Дополнительное соглашение к договору</translation>
    </message>
    <message>
        <source>Contract stage</source>
        <translation>Этап договора</translation>
    </message>
    <message>
        <source>Control list item</source>
        <translation>Позиция перечня</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <source>Acceptance record</source>
        <translation>Акт приёмки</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Удостоверение</translation>
    </message>
    <message>
        <source>Certified goods</source>
        <translation>Продукция по удостоверению</translation>
    </message>
    <message>
        <source>Resumption</source>
        <translation>Возобновление</translation>
    </message>
    <message>
        <source>Measuring instrument</source>
        <translation>Средство измерений</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Предъявление</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>{what} {id} (deleted or not received)</source>
        <translation>{what} {id} (удалено или не получено)</translation>
    </message>
    <message>
        <source>(lot {number})</source>
        <translation>(партия {number})</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Conflict {id} does not exist on this workstation (it may have been settled on another workstation and dropped here by an import).</source>
        <translation>Конфликт {id} отсутствует на этом рабочем месте (возможно, он был урегулирован на другом рабочем месте и удалён здесь при загрузке).</translation>
    </message>
    <message>
        <source>Two workstations changed “{column}” of {record} without knowing of each other. The later change is stored; the other value is kept here for you to review.</source>
        <translation>Два рабочих места независимо друг от друга изменили поле «{column}» записи {record}. Сохранено более позднее изменение; другое значение сохранено здесь для рассмотрения.</translation>
    </message>
    <message>
        <source>{record} was made on a workstation that did not yet know of {other}, which covers it and was recorded earlier. Both documents are kept; the head of office decides what to do (for example, revoke or resume).</source>
        <translation>{record}: документ оформлен на рабочем месте, которому ещё не был известен распространяющийся на него и зарегистрированный ранее документ — {other}. Оба документа сохранены; решение принимает начальник военного представительства (например, отозвать или возобновить).</translation>
    </message>
    <message>
        <source>a suspension</source>
        <translation>приостановление</translation>
    </message>
    <message>
        <source>Valid certificates issued on different workstations cover more units of {record} than were accepted (Article 27.5). The head of office revokes the certificate issued in excess.</source>
        <translation>Действующие удостоверения, выданные на разных рабочих местах, охватывают больше изделий, чем было принято ({record}; статья 27.5). Начальник военного представительства отзывает удостоверение, выданное сверх принятого количества.</translation>
    </message>
    <message>
        <source>{place}: {balance} {unit} on {date}</source>
        <translation>{place}: {balance} {unit} на {date}</translation>
    </message>
    <message>
        <source>Movements of {record} recorded on different workstations take more than was there ({places}). Every movement and its document is kept; check the documents and count the asset, then record what corrects the register.</source>
        <translation>Движения по {record}, записанные на разных рабочих местах, списывают больше, чем было в наличии ({places}). Все движения и их документы сохранены; проверьте документы и пересчитайте ценность, затем запишите то, что исправляет учёт.</translation>
    </message>
    <message>
        <source>{record} breaks rule “{rule}” after an import.</source>
        <translation>После загрузки {record} нарушает правило «{rule}».</translation>
    </message>
    <message>
        <source>This conflict was already settled by {who} on {when}; nothing was changed.</source>
        <translation>Этот конфликт уже урегулирован {when} ({who}); ничего не изменено.</translation>
    </message>
    <message>
        <source>The comment is too long (at most {n} characters).</source>
        <translation>Комментарий слишком длинный (не более {n} символов).</translation>
    </message>
    <message>
        <source>A business conflict is not settled by choosing a value: the head of office reviews it and records the decision in a comment (a revocation or a resumption is its own act).</source>
        <translation>Деловой конфликт не урегулируется выбором значения: начальник военного представительства рассматривает его и записывает решение в комментарии (отзыв или возобновление оформляется отдельным актом).</translation>
    </message>
    <message>
        <source>Say in the comment what was decided about this business conflict.</source>
        <translation>Укажите в комментарии, какое решение принято по этому деловому конфликту.</translation>
    </message>
    <message>
        <source>The record of this conflict no longer exists here; mark the conflict reviewed instead.</source>
        <translation>Запись, к которой относится этот конфликт, здесь больше не существует; вместо этого отметьте конфликт как рассмотренный.</translation>
    </message>
    <message>
        <source>The history of this value is not on this workstation; mark the conflict reviewed instead.</source>
        <translation>История этого значения на этом рабочем месте отсутствует; вместо этого отметьте конфликт как рассмотренный.</translation>
    </message>
    <message>
        <source>The other value cannot be taken: it collides with another record ({detail}). Nothing was changed.</source>
        <translation>Другое значение не может быть принято: оно противоречит другой записи ({detail}). Ничего не изменено.</translation>
    </message>
</context>
</TS>
