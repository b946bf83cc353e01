<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
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
        <source>Mark contract {number} as "{status}"? A closed contract can no longer be edited.</source>
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
        <source>No item matches</source>
        <translation>Позиции не найдены</translation>
    </message>
    <message>
        <source>Try fewer words or a nomenclature code.</source>
        <translation>Сократите запрос или введите код номенклатуры.</translation>
    </message>
    <message>
        <source>This contract's control list is empty</source>
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
        <source>Open a contract's control list from the Contracts area, or add an item here.</source>
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
        <source>Control-list item {code}</source>
        <translation>Позиция перечня {code}</translation>
    </message>
    <message>
        <source>Choose the contract.</source>
        <translation>Выберите договор.</translation>
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
        <source>The database is encrypted; your password unlocks it on this computer only.</source>
        <translation>База данных зашифрована; ваш пароль открывает ее только на этом компьютере.</translation>
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
        <source>A recipient (a military unit or state body) receives the goods on the basis of the office's quality certificate. BIN if known.</source>
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
        <source>The password meets the office's rules.</source>
        <translation>Пароль соответствует правилам военного представительства.</translation>
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
        <source>Save the recovery code as PDF</source>
        <translation>Сохранить код восстановления в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
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
Set up the office, this workstation and the head of office's account</source>
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
        <source>Shown this once. It opens the database if every password is lost. Print it or save it as PDF, seal it in an envelope and keep it in the safe.</source>
        <translation>Показывается только один раз. Он открывает базу данных, если утрачены все пароли. Распечатайте его или сохраните в PDF, запечатайте в конверт и храните в сейфе.</translation>
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
        <extracomment>``milrep_meta`` key holding "seq:hash" of the newest audit entry, written with every entry: deleting entries from the end of the chain then no longer goes unnoticed.</extracomment>
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
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>This database was created by a newer version of milrep (schema {rev}). Install that version to open it; the file has not been changed.</source>
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
        <source>{path} cannot be read: {reason}</source>
        <translation>Не удается прочитать {path}: {reason}</translation>
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
        <source>In force</source>
        <translation>Действует</translation>
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
        <source>A contract cannot go from "{old}" to "{new}".</source>
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
        <source>The contract no longer exists.</source>
        <translation>Договор больше не существует.</translation>
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
        <source>recipient</source>
        <translation>получателя ГОЗ</translation>
    </message>
    <message>
        <source>Subject of the contract</source>
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
        <source>The deadline of stage "{stage}" is outside the contract's validity.</source>
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
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Nomenclature code</source>
        <translation>Код номенклатуры</translation>
    </message>
    <message>
        <source>Nomenclature code {code} is already on this contract's control list.</source>
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
        <source>The delivery deadline is outside the contract's validity ({start} – {end}).</source>
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
        <source>Number</source>
        <extracomment>False on very long lists: words too short for the search index are left out of the filter (each would cost a scan of every row); :func:`ignored_words` names them. Lists longer than this search only words the index can serve (see ``ListQuery.short_words``).</extracomment>
        <translation>Номер</translation>
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
        <source>Kind</source>
        <translation>Вид</translation>
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
        <source>Choose the control-list item.</source>
        <translation>Выберите позицию перечня.</translation>
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
        <source>Serial numbers repeated: {serials}.</source>
        <translation>Повторяющиеся заводские номера: {serials}.</translation>
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
        <source>Issued the office's opinion</source>
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
        <source>Enter the person's full name.</source>
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
        <source>No desktop interface is installed (no "gui" entry point in the milrep.frontends group). Reinstall milrep (pip install -e . in a development checkout), or use the command-line subcommands (milrep --help).</source>
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
        <source>Print this code or copy it by hand, seal it in an envelope, sign across the seal and lock it in the office safe. It opens the database if every password is lost, so anyone who holds it can read all of the office's data. It is not stored anywhere and cannot be shown again.</source>
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
        <translation>Заполните поле «{field}».</translation>
    </message>
    <message>
        <source>{field}: "{value}" is not an amount.</source>
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
        <source>{field}: "{value}" is not a number.</source>
        <translation>«{field}»: «{value}» не является числом.</translation>
    </message>
    <message>
        <source>{field} must be greater than zero.</source>
        <translation>«{field}»: значение должно быть больше нуля.</translation>
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
        <source>Inspection discontinued: 5 lots were not accepted on tightened inspection. Resume on tightened inspection after the supplier's corrective action.</source>
        <translation>Контроль прекращен: при усиленном контроле не приняты 5 партий. Возобновите его как усиленный после корректирующих действий поставщика.</translation>
    </message>
    <message>
        <source>Inspection resumed on tightened inspection after corrective action.</source>
        <translation>Контроль возобновлен как усиленный после корректирующих действий.</translation>
    </message>
    <message>
        <source>Sampling inspection of this item is discontinued after 5 lots were not accepted on tightened inspection; resume on tightened inspection once the supplier's corrective action is accepted.</source>
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
</context>
</TS>