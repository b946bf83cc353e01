<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Add amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground (Art. 23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>Quality control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery dates and terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Termination grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms (Art. 22.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments (Art. 23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value, ₸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance, ₸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add amendment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments are documents: once added they are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled contracts cannot be edited. The terms are kept as they were when the contract was fulfilled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated contracts cannot be edited. The terms are kept as they were when the contract was terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read this contract. Representatives and the head of office edit contracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractPicker</name>
    <message>
        <source>Find a contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsView</name>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the control list of this contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer words or another status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contracts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a state defense order contract with its Article 22.4 terms, then its control list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark contract {number} as &quot;{status}&quot;? A closed contract can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring into force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlListView</name>
    <message>
        <source>Control list of contract {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract {number}  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the items of every contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer words or a nomenclature code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract&apos;s control list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the products, works and services the office controls and accepts under this contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a contract&apos;s control list from the Contracts area, or add an item here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Open office database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milrep databases (*.milrep);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo office: users chief, rep1, rep2 and clerk; the password of each is {password}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo office…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office {code} · {name} · {plant}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control-list items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines in the next {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming stage and delivery deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing falls due in the next {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage deadlines of contracts and delivery deadlines of control-list items appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} draft(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>milrep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong that milrep did not expect.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Nothing already stored has been lost: the action was undone. If it happens again, show the details below to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>New control-list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control-list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomenclature code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical documentation (TU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational requirement (TTZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National standards
(one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required tests
(one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control-list item {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the contract.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListScreen</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} in total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>milrep — unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the office database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is encrypted. Enter your password to continue where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is encrypted; your password unlocks it on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open office database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milrep databases (*.milrep);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>milrep — office {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{area} (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office {code}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation {code} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted (SQLCipher): {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationChoice</name>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organization and choose it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>New organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contractor executes the state defense order; its 12-digit business identification number (BIN) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient (a military unit or state body) receives the goods on the basis of the office&apos;s quality certificate. BIN if known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorized body (e.g. the Ministry of Defense) places the order and approves control lists. BIN if known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Organizations</name>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, BIN, address (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an organization (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer words or another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organizations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the contractor (the plant, with its BIN), the authorized body and the recipients: every contract names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the first organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordFeedback</name>
    <message>
        <source>At least 10 characters, letters and digits, not containing the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password meets the office&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at once; open forms keep what you typed. The database and its key file (.keys) must stay together: back up both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {n} entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit journal is intact: {n} entries, none edited, deleted or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit journal has been tampered with:
{lines}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for {name} ({user}). Tell it to them in person; they should change it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the account of {name} ({user})? The password will no longer open the database. You can enable it again by resetting the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to milrep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality control and acceptance for the military representative office. There is no office database on this computer yet ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the office database
Set up the office, this workstation and the head of office&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo
A fictional office with contracts to try things out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another file…
An office database copied from elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Set up the office database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The military representative office this workstation belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military representative office No. 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhetysu Instrument Plant JSC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each computer of the office is a site; its code appears on everything it exchanges with the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of office laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the office database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milrep databases (*.milrep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own account. You will add the representatives and viewers later, under Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown this once. It opens the database if every password is lost. Print it or save it as PDF, seal it in an envelope and keep it in the safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored the recovery code in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}. Print it, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milrep</name>
    <message>
        <source>entries {first}–{last} are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not follow the previous entry (deleted or reordered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of the newest entry is missing (entries may have been removed from the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries {first}–{last} at the end are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest entry does not match the recorded one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written. Free some space and try again; nothing already stored was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of {path} is read-only or not writable by you. Choose another location or ask for write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued document cannot be changed; issue a new one that supersedes it.</source>
        <extracomment>``milrep_meta`` key holding &quot;seq:hash&quot; of the newest audit entry, written with every entry: deleting entries from the end of the chain then no longer goes unnoticed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued document cannot be deleted; revoke or supersede it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} is missing. Without it the database cannot be opened: restore it from your backup.</source>
        <extracomment>Only for tests and throwaway demo databases: far below the production floor.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} was written by a newer version of milrep. Update the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} is damaged (truncated or edited). Restore it from your backup; the database itself has not been touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no recovery slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was created by a newer version of milrep (schema {rev}). Install that version to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account {user} is disabled. Ask the head of office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database already exists at {path}; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened with its key file: the database is damaged or is not a milrep database, or the key file belongs to another database. Put back the key file created with this database or restore both from your latest backup; nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file next to {path} belongs to another database. Put back the key file that was created with this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an unencrypted SQLite file, not a milrep database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged or is not a milrep database. Restore it from your latest backup; the damaged file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another milrep window or command is writing to it. Try again in a moment; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while writing {path}: {reason}. Nothing was changed; check the disk or the removable medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} ({role}) is not allowed to do this. Ask the head of office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the approved state defense order (23.1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification not changing the subject (23.1.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price and value reduced by agreement (23.2.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operational requirements changed, deadlines unchanged (23.2.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity needed changed, unit price unchanged (23.2.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design and estimate documentation changed (23.2.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax, customs or other legislation changed (23.2.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount for the current year changed, total unchanged (23.2.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement offered by the contractor (23.2.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline changed for force majeure (23.2.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract {number} is closed and cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract cannot go from &quot;{old}&quot; to &quot;{new}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment cannot predate the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract {number} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer (authorized body or recipient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject of the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The advance cannot exceed the contract value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline of stage &quot;{stage}&quot; is outside the contract&apos;s validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual-use goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item cannot move to another contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control-list item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract {number} is closed; its control list cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomenclature code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomenclature code {code} is already on this contract&apos;s control list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery deadline is outside the contract&apos;s validity ({start} – {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control list is approved by the authorized body or the recipient (Article 27.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the approval document for the approval date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value, ₸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the control-list item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {lot} is already registered for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial numbers repeated: {serials}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial numbers already registered for this item in another lot: {serials}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot quantity must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot quantity ({qty}) differs from the number of serials ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the serial numbers or the quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization with BIN {bin} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued the certificate confirming quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on behalf of the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for rework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended acceptance and shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed acceptance and shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued the office&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the signed-in person can sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is 2 to 32 characters: lower-case Latin letters, digits, dot, dash or underscore, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must be at least {n} characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must contain both letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too simple: use at least five different characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name {user} is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office must keep at least one active head of office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality control and acceptance workstation of a military representative office. Without a command the desktop application starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is read from the MILREP_PASSWORD environment variable, from --password-file or asked for. Exit status: 0 success, 1 refused or invalid, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office database file (default: {path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name to sign in with (default: $MILREP_USER or asked for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the password from the first line of FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the desktop application (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new office database and its head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office code, e.g. 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the plant the office works at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code of this workstation, e.g. WS1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name of the head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name of the head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>military rank of the head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build a demo office (fictional plant) at --db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill the contracts and the control list up to N rows (scale tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace an existing demo database at the same path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the office, users, record counts and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the hash chain of the audit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an encrypted copy of the database and its key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy to write (FILE.keys is written beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overwrite an existing copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graphical display is available (DISPLAY and WAYLAND_DISPLAY are not set). Start milrep from a desktop session, or use the command-line subcommands (milrep --help). For automated runs set QT_QPA_PLATFORM=offscreen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop interface cannot be loaded ({reason}). Reinstall milrep with its PySide6 dependency, or use the command-line subcommands (milrep --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name of the head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank of the head of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {user}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office database created: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file: {path} (keep it with the database and back up both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECOVERY CODE (shown only this once):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this code or copy it by hand, seal it in an envelope, sign across the seal and lock it in the office safe. It opens the database if every password is lost, so anyone who holds it can read all of the office&apos;s data. It is not stored anywhere and cannot be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the demo users: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Use --force to replace a demo database, or choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling: {done:,} of {total:,} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo office built: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users (all with the password you gave): {users}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with: milrep --db {path} gui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {done:,} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit journal intact: {n:,} entries, the hash chain is unbroken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUDIT JOURNAL DAMAGED: {k} problem(s) in {n:,} entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  entry {seq}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {done:,} of {total:,} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backup written: {path} ({size:,} bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file copied: {path}. Keep both files together; the copy opens with the same passwords as the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file {path} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file {path} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given: set MILREP_PASSWORD, use --password-file, or run milrep in a terminal to be asked for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flag} is required when not running in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: &quot;{value}&quot; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} has more than two decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: &quot;{value}&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BIN is exactly 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{last} cannot be earlier than {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot replace the database itself; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Choose another file name or allow overwriting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy is not encrypted; it was deleted. Report this to the developers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy failed its check ({reason}); it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo password does not fit the password rules ({reason}) for the demo users chief, rep1, rep2 and clerk. Choose e.g. a 10+ character password of letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not replaced: it does not open as a demo office with this password ({reason}). Delete it yourself if you really mean to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a real office database, not a demo; it is not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the contractor and the authorized body before generating records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: {code} — {name} at {plant}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation: {code} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users: {active} active of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema revision: {rev}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key slots: {users}; recovery slot: {recovery}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name of the account to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user {user} in this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
