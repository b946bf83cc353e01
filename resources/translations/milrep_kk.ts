<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
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
</context>
</TS>
