<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message>
        <source>{0} session</source>
        <translation>{0}環節</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地點</translation>
    </message>
</context>
<context>
    <name>AttendanceTime</name>
    <message>
        <source>When they arrived, on the event&apos;s clock ({0}): for example the time on the signed sheet</source>
        <translation>到達時間，按活動所在時區（{0}）：例如簽到表上的時間</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>記錄出席</translation>
    </message>
    <message>
        <source>This event is not on today. When did {0} arrive? (the event&apos;s time, {1})</source>
        <translation>此活動並非在今日舉行。{0}何時到達？（活動時間，{1}）</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>簽到</translation>
    </message>
</context>
<context>
    <name>CalendarLayers</name>
    <message>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>環節</translation>
    </message>
    <message>
        <source>Delegation visits</source>
        <translation>代表團參觀</translation>
    </message>
    <message>
        <source>Travel steps</source>
        <translation>交通行程</translation>
    </message>
    <message>
        <source>Show or hide them; their colours: {0}</source>
        <translation>顯示或隱藏；其顏色代表：{0}</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>週(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>議程(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>≈ approximate date</source>
        <translation>≈ 約略日期</translation>
    </message>
    <message>
        <source>Items marked ≈ (pale, with a dashed outline) have approximate dates, or only their month is known: they are drawn over the days they may fall on</source>
        <translation>標有 ≈ 的項目（淺色、虛線邊框）日期為約數，或只知道月份：它們會橫跨可能舉行的日子顯示</translation>
    </message>
    <message>
        <source>HK time</source>
        <translation>香港時間</translation>
    </message>
    <message>
        <source>Week, in Hong Kong time</source>
        <translation>一週（香港時間）</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Check-in: {0}</source>
        <translation>簽到：{0}</translation>
    </message>
    <message>
        <source>Name (English or Chinese), organisation, or scan a badge</source>
        <translation>姓名（英文或中文）、機構，或掃描名牌</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Check &amp;in / out</source>
        <translation>簽到／離場(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>即場登記(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Someone already in the database…</source>
        <translation>資料庫中已有的人士(&amp;S)…</translation>
    </message>
    <message>
        <source>A &amp;new person…</source>
        <translation>新人士(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>This event is not on today: attendance is recorded at</source>
        <translation>此活動並非在今日舉行：出席記錄時間為</translation>
    </message>
    <message>
        <source>(the event&apos;s time, {0})</source>
        <translation>（活動時間，{0}）</translation>
    </message>
    <message>
        <source>Nobody found for “{0}”.</source>
        <translation>找不到「{0}」。</translation>
    </message>
    <message>
        <source>{0} found: choose one and press Enter.</source>
        <translation>找到 {0} 人：請選擇一人後按 Enter。</translation>
    </message>
    <message>
        <source>in {0}, out {1}</source>
        <translation>{0} 到，{1} 離</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>{0} 到</translation>
    </message>
    <message>
        <source>Check out {0}</source>
        <translation>{0} 離場</translation>
    </message>
    <message>
        <source>Check in {0}</source>
        <translation>{0} 簽到</translation>
    </message>
    <message>
        <source>✔ {0} checked in at {1}</source>
        <translation>✔ {0} 已於 {1} 簽到</translation>
    </message>
    <message>
        <source>{0} checked out at {1}</source>
        <translation>{0} 已於 {1} 離場</translation>
    </message>
    <message>
        <source>{0}: {1} registered · {2} checked in that day · {3} present · {4} walk-ins</source>
        <translation>{0}：已登記 {1} 人 · 當日已簽到 {2} 人 · 在場 {3} 人 · 即場登記 {4} 人</translation>
    </message>
    <message>
        <source>{0}: {1} registered · {2} checked in today · {3} present · {4} walk-ins</source>
        <translation>{0}：已登記 {1} 人 · 今日已簽到 {2} 人 · 在場 {3} 人 · 即場登記 {4} 人</translation>
    </message>
    <message>
        <source>Check in walk-in</source>
        <translation>即場登記人士簽到</translation>
    </message>
    <message>
        <source>Register walk-in</source>
        <translation>即場登記</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Checks</source>
        <translation>檢查</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>立即檢查(&amp;N)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>Checking the whole programme takes {0:.1f} s: press Check now.</source>
        <translation>檢查整個計劃需時 {0:.1f} 秒：請按「立即檢查」。</translation>
    </message>
    <message>
        <source>{0} events and visits: press Check now to check the whole programme.</source>
        <translation>共 {0} 項活動及行程：按「立即檢查」檢查整個計劃。</translation>
    </message>
    <message>
        <source>the whole programme</source>
        <translation>整個計劃</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>所選項目</translation>
    </message>
    <message>
        <source>{0}, {1} in {2}</source>
        <translation>{2}：{0}、{1}</translation>
    </message>
    <message>
        <source>{0} error</source>
        <translation>{0} 個錯誤</translation>
    </message>
    <message>
        <source>{0} errors</source>
        <translation>{0} 個錯誤</translation>
    </message>
    <message>
        <source>{0} warning</source>
        <translation>{0} 個警告</translation>
    </message>
    <message>
        <source>{0} warnings</source>
        <translation>{0} 個警告</translation>
    </message>
    <message>
        <source>(the first {0} are listed)</source>
        <translation>（列出首 {0} 項）</translation>
    </message>
    <message>
        <source>No problems found in {0}.</source>
        <translation>{0}沒有發現問題。</translation>
    </message>
</context>
<context>
    <name>ConfirmDiscard</name>
    <message>
        <source>Discard changes?</source>
        <translation>放棄變更？</translation>
    </message>
    <message>
        <source>{0} are saved only when you press OK. Close without saving them?</source>
        <translation>{0}要按「確定」才會儲存。要關閉而不儲存嗎？</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Who to call (required)</source>
        <translation>要聯絡的人（必填）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>With the country code, e.g. +852 2961 6901</source>
        <translation>連國家或地區代碼，例如 +852 2961 6901</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>職責</translation>
    </message>
    <message>
        <source>e.g. liaison officer, team leader, hotel desk</source>
        <translation>例如聯絡主任、領隊、酒店接待處</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Backup failed</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在開啟資料庫…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在還原備份…</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>伺服器密碼</translation>
    </message>
    <message>
        <source>Password for {0}:</source>
        <translation>{0} 的密碼：</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>無法還原</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>開啟中</translation>
    </message>
</context>
<context>
    <name>DayPopup</name>
    <message>
        <source>Items on this day</source>
        <translation>當日的項目</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>按兩下或按 Enter 鍵開啟</translation>
    </message>
    <message>
        <source>Show in &amp;week</source>
        <translation>在週視圖顯示(&amp;W)</translation>
    </message>
    <message>
        <source>Show this day in the week view</source>
        <translation>在週視圖顯示這一天</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>新增活動(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an event on this day</source>
        <translation>在這一天新增活動</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>New delegation</source>
        <translation>新增代表團</translation>
    </message>
    <message>
        <source>Edit delegation</source>
        <translation>編輯代表團</translation>
    </message>
    <message>
        <source>Dele&amp;gation</source>
        <translation>代表團(&amp;G)</translation>
    </message>
    <message>
        <source>Emergency c&amp;ontacts</source>
        <translation>緊急聯絡人(&amp;O)</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>英文名稱(&amp;E)</translation>
    </message>
    <message>
        <source>Name (&amp;Traditional Chinese)</source>
        <translation>繁體中文名稱(&amp;T)</translation>
    </message>
    <message>
        <source>Name (Si&amp;mplified Chinese)</source>
        <translation>簡體中文名稱(&amp;M)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主題(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Leading organisation</source>
        <translation>牽頭機構(&amp;L)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>出發地(&amp;F)</translation>
    </message>
    <message>
        <source>From &amp;city</source>
        <translation>出發城市(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>目的地(&amp;T)</translation>
    </message>
    <message>
        <source>To c&amp;ity</source>
        <translation>目的地城市(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>狀態(&amp;S)</translation>
    </message>
    <message>
        <source>Co-operation &amp;item</source>
        <translation>合作項目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <source>Organiser staff to call during the trip, in the order the itinerary prints them. Type in the table; the changes are saved with the delegation when you press OK.</source>
        <translation>行程期間可聯絡的主辦機構職員，按行程表列印的次序排列。請直接在表內輸入；按「確定」時，變更會連同代表團一併儲存。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>加入(&amp;A)</translation>
    </message>
    <message>
        <source>Add a contact at the end</source>
        <translation>在清單末端加入聯絡人</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Take the chosen contact off the list (on OK)</source>
        <translation>從清單移除所選聯絡人（按「確定」時生效）</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Print the chosen contact earlier</source>
        <translation>把所選聯絡人排前列印</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Print the chosen contact later</source>
        <translation>把所選聯絡人排後列印</translation>
    </message>
    <message>
        <source>Contact {0}: {1}</source>
        <translation>聯絡人 {0}：{1}</translation>
    </message>
    <message>
        <source>The changes to the emergency contacts</source>
        <translation>緊急聯絡人的變更</translation>
    </message>
</context>
<context>
    <name>DelegationsModel</name>
    <message>
        <source>When</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出發地</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牽頭機構</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成員人數</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>DelegationsView</name>
    <message>
        <source>Filter delegations…</source>
        <translation>篩選代表團…</translation>
    </message>
    <message>
        <source>Filter delegations</source>
        <translation>篩選代表團</translation>
    </message>
    <message>
        <source>Show the delegations whose name, places or lead contain these words</source>
        <translation>顯示名稱、地點或帶隊人包含這些字詞的代表團</translation>
    </message>
    <message>
        <source>Itinerary timeline</source>
        <translation>行程時間線</translation>
    </message>
    <message>
        <source>&amp;Itinerary</source>
        <translation>行程(&amp;I)</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>時間表(&amp;M)</translation>
    </message>
    <message>
        <source>Mem&amp;bers</source>
        <translation>成員(&amp;B)</translation>
    </message>
    <message>
        <source>{0} delegation</source>
        <translation>{0} 個代表團</translation>
    </message>
    <message>
        <source>{0} delegations</source>
        <translation>{0} 個代表團</translation>
    </message>
    <message>
        <source>{0} of {1} delegation</source>
        <translation>{1} 個代表團中的 {0} 個</translation>
    </message>
    <message>
        <source>{0} of {1} delegations</source>
        <translation>{1} 個代表團中的 {0} 個</translation>
    </message>
    <message>
        <source>New &amp;delegation…</source>
        <translation>新增代表團(&amp;D)…</translation>
    </message>
    <message>
        <source>Plan a new delegation visit</source>
        <translation>籌劃新的代表團訪問</translation>
    </message>
    <message>
        <source>{0} member</source>
        <translation>成員 {0} 人</translation>
    </message>
    <message>
        <source>{0} members</source>
        <translation>成員 {0} 人</translation>
    </message>
    <message>
        <source>{0}
{1} · led by {2} · {3}
Emergency contacts: {4}</source>
        <translation>{0}
{1} · 由{2}帶領 · {3}
緊急聯絡人：{4}</translation>
    </message>
    <message>
        <source>Create delegation</source>
        <translation>建立代表團</translation>
    </message>
    <message>
        <source>Edit delegation</source>
        <translation>編輯代表團</translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>刪除代表團</translation>
    </message>
    <message>
        <source>Delete “{0}” with its itinerary and members? You can undo this.</source>
        <translation>刪除「{0}」及其行程和成員？此操作可以復原。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something went wrong</source>
        <translation>發生錯誤</translation>
    </message>
    <message>
        <source>The operation failed: {0}</source>
        <translation>操作失敗：{0}</translation>
    </message>
</context>
<context>
    <name>DocumentNames</name>
    <message>
        <source>Calendar</source>
        <translation>日曆</translation>
    </message>
    <message>
        <source>Programme calendar</source>
        <translation>計劃日曆</translation>
    </message>
</context>
<context>
    <name>DocumentReady</name>
    <message>
        <source>{0} is ready ({1:,} bytes).</source>
        <translation>{0} 已準備好（{1:,} 位元組）。</translation>
    </message>
    <message>
        <source>&amp;Open in another application</source>
        <translation>用其他應用程式開啟(&amp;O)</translation>
    </message>
    <message>
        <source>Open a temporary copy in the system&apos;s PDF viewer</source>
        <translation>在系統的 PDF 檢視器開啟暫存副本</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print on a printer of this computer</source>
        <translation>用這部電腦的打印機列印</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存為(&amp;S)…</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>沒有 PDF 檢視器</translation>
    </message>
    <message>
        <source>This computer has no application that opens PDF files. The document is shown here; Print or Save as… work without one.</source>
        <translation>這部電腦沒有可開啟 PDF 檔案的應用程式。文件已在此顯示；「列印」或「另存為…」毋須檢視器亦可使用。</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未能列印</translation>
    </message>
    <message>
        <source>The document could not be printed: {0}</source>
        <translation>未能列印文件：{0}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在列印…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
</context>
<context>
    <name>DraftDelegate</name>
    <message>
        <source>not given</source>
        <translation>未填</translation>
    </message>
</context>
<context>
    <name>DropChecks</name>
    <message>
        <source>… and {0} more (see Checks)</source>
        <translation>……另有 {0} 項（見「檢查」）</translation>
    </message>
    <message>
        <source>Dropped here:</source>
        <translation>若放在這裏：</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>重新載入對方的版本(&amp;R)</translation>
    </message>
    <message>
        <source>O&amp;verwrite with mine</source>
        <translation>以我的版本覆蓋(&amp;V)</translation>
    </message>
    <message>
        <source>{0}: theirs “{1}”, yours “{2}”</source>
        <translation>{0}：對方為「{1}」，你的為「{2}」</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>新增活動</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>編輯活動</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>活動(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Organisers</source>
        <translation>主辦機構(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>環節(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類別(&amp;K)</translation>
    </message>
    <message>
        <source>Title (&amp;English)</source>
        <translation>英文名稱(&amp;E)</translation>
    </message>
    <message>
        <source>Title (&amp;Traditional Chinese)</source>
        <translation>繁體中文名稱(&amp;T)</translation>
    </message>
    <message>
        <source>Title (Si&amp;mplified Chinese)</source>
        <translation>簡體中文名稱(&amp;M)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主題(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>時間(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>地點(&amp;V)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>狀態(&amp;U)</translation>
    </message>
    <message>
        <source>Choosing a venue sets the time zone to the venue&apos;s</source>
        <translation>選擇地點後，時區會改為該地點的時區</translation>
    </message>
    <message>
        <source>Co-operation &amp;item</source>
        <translation>合作項目(&amp;I)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>名額(&amp;C)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Con&amp;fidential</source>
        <translation>保密(&amp;F)</translation>
    </message>
    <message>
        <source>Never in calendars, feeds or shared lists</source>
        <translation>不會出現在日曆、訂閱日曆或共享名單中</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>簡介(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>加入(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>The changes to the sessions</source>
        <translation>環節的變更</translation>
    </message>
    <message>
        <source>&amp;Sessions ({0})</source>
        <translation>環節(&amp;S)（{0}）</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>seminar</source>
        <translation>研討會</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>論壇</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>博覽會</translation>
    </message>
    <message>
        <source>exchange visit</source>
        <translation>交流訪問</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>training</source>
        <translation>培訓</translation>
    </message>
    <message>
        <source>competition</source>
        <translation>比賽</translation>
    </message>
    <message>
        <source>examination</source>
        <translation>考試</translation>
    </message>
    <message>
        <source>ceremony</source>
        <translation>典禮</translation>
    </message>
    <message>
        <source>enforcement operation</source>
        <translation>執法行動</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>另一語言名稱</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>機密</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>合作項目</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登記</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>Filter by title, venue…</source>
        <translation>按名稱、地點等篩選…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何狀態</translation>
    </message>
    <message>
        <source>Any item</source>
        <translation>任何合作項目</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>篩選活動</translation>
    </message>
    <message>
        <source>Show the events whose title, venue or other details contain these words (English or Chinese)</source>
        <translation>顯示標題、場地或其他資料包含這些字詞的活動（英文或中文）</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>活動類別</translation>
    </message>
    <message>
        <source>Status of event</source>
        <translation>活動狀態</translation>
    </message>
    <message>
        <source>Co-operation item</source>
        <translation>合作項目</translation>
    </message>
    <message>
        <source>Show the events of one co-operation item</source>
        <translation>顯示某一合作項目的活動</translation>
    </message>
    <message>
        <source>Show only the events between these dates</source>
        <translation>只顯示這兩個日期之間的活動</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>First day shown (with Dates ticked)</source>
        <translation>顯示的第一天（須勾選「日期」）</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Last day shown (with Dates ticked)</source>
        <translation>顯示的最後一天（須勾選「日期」）</translation>
    </message>
    <message>
        <source>{0} event</source>
        <translation>{0} 個活動</translation>
    </message>
    <message>
        <source>{0} events</source>
        <translation>{0} 個活動</translation>
    </message>
    <message>
        <source>{0} of {1} event</source>
        <translation>{1} 個活動中的 {0} 個</translation>
    </message>
    <message>
        <source>{0} of {1} events</source>
        <translation>{1} 個活動中的 {0} 個</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>建立活動</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>編輯活動</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>刪除活動</translation>
    </message>
    <message>
        <source>Delete “{0}” and its participant list? You can undo this.</source>
        <translation>刪除「{0}」及其參加者名單？此操作可以復原。</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Whole programme as a &amp;calendar (.ics)…</source>
        <translation>整個計劃的行事曆(&amp;C)（.ics）…</translation>
    </message>
    <message>
        <source>&amp;Selected item as a calendar (.ics)…</source>
        <translation>所選項目的行事曆(&amp;S)（.ics）…</translation>
    </message>
    <message>
        <source>&amp;Calendar file (.ics)…</source>
        <translation>行事曆檔案(&amp;C)（.ics）…</translation>
    </message>
    <message>
        <source>&amp;Participants (Excel/CSV)…</source>
        <translation>參加者名單 (Excel/CSV)(&amp;P)…</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>正在準備文件…</translation>
    </message>
    <message>
        <source>There are no co-operation items yet: the report lists a year&apos;s items.</source>
        <translation>暫時未有合作項目：報告列出某一年度的項目。</translation>
    </message>
    <message>
        <source>Preparing the calendar…</source>
        <translation>正在準備行事曆…</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>匯入行事曆</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>已匯入行事曆</translation>
    </message>
    <message>
        <source>{0}: {1} created, {2} updated, {3} unchanged, {4} cancelled. Edit &gt; Undo takes the import back.</source>
        <translation>{0}：新增 {1} 項、更新 {2} 項、未變 {3} 項、取消 {4} 項。「編輯 &gt; 復原」可撤回是次匯入。</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>匯入行事曆</translation>
    </message>
    <message>
        <source>Reading the calendar…</source>
        <translation>正在讀取行事曆…</translation>
    </message>
</context>
<context>
    <name>FeedScope</name>
    <message>
        <source>everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>代表團</translation>
    </message>
    <message>
        <source>exchange programme</source>
        <translation>交流計劃</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>person</source>
        <translation>個人</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>New feed for the selected &amp;delegation</source>
        <translation>為所選代表團新增訂閱(&amp;D)</translation>
    </message>
    <message>
        <source>New feed for the selected &amp;exchange programme</source>
        <translation>為所選交流計劃新增訂閱(&amp;E)</translation>
    </message>
    <message>
        <source>New feed for the selected &amp;organisation</source>
        <translation>為所選機構新增訂閱(&amp;O)</translation>
    </message>
    <message>
        <source>New feed for the selected &amp;person</source>
        <translation>為所選人員新增訂閱(&amp;P)</translation>
    </message>
    <message>
        <source>A feed link works like a password: anyone who has it can read the calendar, without signing in. Share it only with its audience, and rotate or revoke it if it reaches anyone else. Calendar apps fetch subscribed feeds on their own schedule (Google Calendar only every several hours), so changes take a while to appear there.</source>
        <translation>訂閱連結等同密碼：任何持有連結的人毋須登入即可閱讀日曆。只與相關對象分享；如連結外洩，請更換或撤銷。日曆應用程式按自己的時間表更新訂閱（Google 日曆每隔數小時才更新一次），因此變更需要一段時間才會出現。</translation>
    </message>
    <message>
        <source>&lt;b&gt;To subscribe&lt;/b&gt;, copy a link, then:&lt;br&gt;&lt;b&gt;Outlook&lt;/b&gt;: Calendar, Add calendar, Subscribe from web (classic Outlook: Add Calendar, From Internet); paste the web link, Import.&lt;br&gt;&lt;b&gt;Google Calendar&lt;/b&gt; (in a web browser): Other calendars, +, From URL; paste the web link, Add calendar.&lt;br&gt;&lt;b&gt;Apple Calendar&lt;/b&gt;: File, New Calendar Subscription; paste the subscribe link, Subscribe (on an iPhone, tap the subscribe link).&lt;br&gt;Do not download the file and import it: that copies the events once and never updates.</source>
        <translation>&lt;b&gt;訂閱方法&lt;/b&gt;：先複製連結，然後：&lt;br&gt;&lt;b&gt;Outlook&lt;/b&gt;：「行事曆」→「新增行事曆」→「從網頁訂閱」（傳統版 Outlook：「新增行事曆」→「從網際網路」）；貼上網頁連結，按「匯入」。&lt;br&gt;&lt;b&gt;Google 日曆&lt;/b&gt;（在網頁瀏覽器中）：「其他日曆」→「+」→「以網址新增」；貼上網頁連結，按「新增日曆」。&lt;br&gt;&lt;b&gt;Apple 日曆&lt;/b&gt;：「檔案」→「新增日曆訂閱」；貼上訂閱連結，按「訂閱」（在 iPhone 上，輕按訂閱連結即可）。&lt;br&gt;請勿下載檔案再匯入：那樣只會複製一次活動，以後不會更新。</translation>
    </message>
    <message>
        <source>Calendar feeds</source>
        <translation>日曆訂閱</translation>
    </message>
    <message>
        <source>Web link:</source>
        <translation>網頁連結：</translation>
    </message>
    <message>
        <source>Copy &amp;web link</source>
        <translation>複製網頁連結(&amp;W)</translation>
    </message>
    <message>
        <source>Subscribe link:</source>
        <translation>訂閱連結：</translation>
    </message>
    <message>
        <source>Copy &amp;subscribe link</source>
        <translation>複製訂閱連結(&amp;S)</translation>
    </message>
    <message>
        <source>Name shown in calendar apps (optional)</source>
        <translation>在日曆應用程式顯示的名稱（選填）</translation>
    </message>
    <message>
        <source>New feed for the &amp;whole programme</source>
        <translation>為整個計劃新增訂閱(&amp;W)</translation>
    </message>
    <message>
        <source>New feed for the selection</source>
        <translation>為所選項目新增訂閱</translation>
    </message>
    <message>
        <source>Select a delegation, exchange programme, organisation or person in the main window first.</source>
        <translation>請先在主視窗選擇代表團、交流計劃、機構或人員。</translation>
    </message>
    <message>
        <source>&amp;Rotate link…</source>
        <translation>更換連結(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>撤銷(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Enable again</source>
        <translation>重新啟用(&amp;E)</translation>
    </message>
    <message>
        <source>Link copied. Treat it like a password.</source>
        <translation>已複製連結。請當作密碼般保管。</translation>
    </message>
    <message>
        <source>New calendar feed</source>
        <translation>新增日曆訂閱</translation>
    </message>
    <message>
        <source>Rotate link</source>
        <translation>更換連結</translation>
    </message>
    <message>
        <source>Give this feed a new link? The old link stops working, and everyone subscribed must subscribe again with the new one.</source>
        <translation>為此訂閱更換新連結？舊連結將會失效，所有訂閱者須以新連結重新訂閱。</translation>
    </message>
    <message>
        <source>Rotate feed link</source>
        <translation>更換訂閱連結</translation>
    </message>
    <message>
        <source>Revoke feed</source>
        <translation>撤銷訂閱</translation>
    </message>
    <message>
        <source>Revoke this feed? Its link stops working for everyone.</source>
        <translation>撤銷此訂閱？其連結將對所有人失效。</translation>
    </message>
    <message>
        <source>Enable feed</source>
        <translation>啟用訂閱</translation>
    </message>
    <message>
        <source>Publish feeds to a folder</source>
        <translation>將訂閱源發佈到資料夾</translation>
    </message>
    <message>
        <source>Feeds published</source>
        <translation>訂閱源已發佈</translation>
    </message>
    <message>
        <source>Published into {0}: {1} written, {2} unchanged, {3} removed, {4} skipped. Upload the folder&apos;s .ics files to the feeds&apos; address.</source>
        <translation>已發佈到 {0}：寫入 {1} 個，未變 {2} 個，移除 {3} 個，略過 {4} 個。請將資料夾內的 .ics 檔案上載到訂閱源的地址。</translation>
    </message>
    <message>
        <source>Publishing feeds…</source>
        <translation>正在發佈訂閱源…</translation>
    </message>
</context>
<context>
    <name>FeedsModel</name>
    <message>
        <source>Whole programme</source>
        <translation>整個計劃</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表團</translation>
    </message>
    <message>
        <source>Exchange programme</source>
        <translation>交流計劃</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Not a working link yet: the feeds&apos; address is still the example one. Set the real one in Edit &gt; Preferences.</source>
        <translation>此連結尚未可用：訂閱源地址仍是示例地址。請在「編輯」&gt;「偏好設定」中設定實際地址。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>涵蓋</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
</context>
<context>
    <name>FigureUnit</name>
    <message>
        <source>count</source>
        <translation>數目</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人數</translation>
    </message>
    <message>
        <source>HKD</source>
        <translation>港元</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>M月d日 ddd</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Planner user guide</source>
        <translation>Planner 使用指南</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>搜尋指南</translation>
    </message>
    <message>
        <source>Pages holding these words are listed; Enter goes to the next place they appear</source>
        <translation>列出載有這些字詞的頁面；按 Enter 跳到下一處出現的位置</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message>
        <source>Found on 1 page</source>
        <translation>在 1 頁找到</translation>
    </message>
    <message>
        <source>Found on {0} pages</source>
        <translation>在 {0} 頁找到</translation>
    </message>
</context>
<context>
    <name>ImportAction</name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>略過</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>無效</translation>
    </message>
</context>
<context>
    <name>ImportDuplicates</name>
    <message>
        <source>Merge with the existing person</source>
        <translation>與現有人士合併</translation>
    </message>
    <message>
        <source>Keep both (create another person)</source>
        <translation>兩者皆保留（另建一人）</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>略過該行</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Name (either language)</source>
        <translation>姓名（任一語言）</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓氏</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電郵</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>膳食需要</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>無障礙需要</translation>
    </message>
    <message>
        <source>Minor (yes/no)</source>
        <translation>未成年（是／否）</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>監護人姓名</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>監護人電話</translation>
    </message>
    <message>
        <source>Guardian&apos;s e-mail</source>
        <translation>監護人電郵</translation>
    </message>
    <message>
        <source>Guardian&apos;s relationship</source>
        <translation>與監護人關係</translation>
    </message>
    <message>
        <source>Guardian&apos;s consent</source>
        <translation>監護人同意</translation>
    </message>
    <message>
        <source>Language for messages</source>
        <translation>通訊語言</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>登記狀態</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>登記時間</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import participants</source>
        <translation>匯入參加者</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import participants: {0}</source>
        <translation>匯入參加者：{0}</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在讀取檔案…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>重新讀取(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Heading row:</source>
        <translation>標題列(&amp;H)：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>匯入為</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>首幾項數值</translation>
    </message>
    <message>
        <source>&amp;Strict: refuse the whole file if any row is invalid</source>
        <translation>嚴格(&amp;S)：任何一行無效即拒絕整個檔案</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>People already in the database: </source>
        <translation>資料庫中已有的人士：</translation>
    </message>
    <message>
        <source>The list has not been imported. Close without importing?</source>
        <translation>名單尚未匯入。不匯入並關閉？</translation>
    </message>
    <message>
        <source>Format: {0}</source>
        <translation>格式：{0}</translation>
    </message>
    <message>
        <source>Encoding: {0}</source>
        <translation>編碼：{0}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>定位字元</translation>
    </message>
    <message>
        <source>space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Delimiter: {0}</source>
        <translation>分隔符：{0}</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} 行</translation>
    </message>
    <message>
        <source>lines left out: {0}</source>
        <translation>略去的行：{0}</translation>
    </message>
    <message>
        <source>proposed from the headings</source>
        <translation>按標題建議</translation>
    </message>
    <message>
        <source>remembered from an earlier import of this layout</source>
        <translation>沿用上次匯入同一格式時的設定</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>按指定</translation>
    </message>
    <message>
        <source>Choose what each column holds (mapping {0}).</source>
        <translation>請選擇每一欄的內容（對應方式：{0}）。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不匯入）</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>正在檢查各行…</translation>
    </message>
    <message>
        <source>{0} rows: {1} new, {2} merged, {3} skipped, {4} invalid; {5} to be listed ({6} on the waiting list), {7} new organisations.</source>
        <translation>{0} 行：新增 {1}、合併 {2}、略過 {3}、無效 {4}；列入名單 {5} 人（候補 {6} 人），新機構 {7} 個。</translation>
    </message>
    <message>
        <source>1 row is imported without its e-mail address, which is not valid (see Details).</source>
        <translation>有 1 行的電郵地址無效，該行將不連電郵地址匯入（見「詳情」）。</translation>
    </message>
    <message>
        <source>{0} rows are imported without their e-mail addresses, which are not valid (see Details).</source>
        <translation>有 {0} 行的電郵地址無效，這些行將不連電郵地址匯入（見「詳情」）。</translation>
    </message>
    <message>
        <source>Imported: {0} new people, {1} merged, {2} listed, {3} rows left out. Edit &gt; Undo takes the whole import back.</source>
        <translation>已匯入：新增 {0} 人、合併 {1} 人、列入名單 {2} 人，略去 {3} 行。「編輯 &gt; 復原」可撤回整次匯入。</translation>
    </message>
    <message>
        <source>{0} (new)</source>
        <translation>{0}（新增）</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>New co-operation item</source>
        <translation>新增合作項目</translation>
    </message>
    <message>
        <source>Edit co-operation item</source>
        <translation>編輯合作項目</translation>
    </message>
    <message>
        <source>Programme &amp;year</source>
        <translation>計劃年度(&amp;Y)</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>編號(&amp;U)</translation>
    </message>
    <message>
        <source>Items are numbered 1, 2, 3… within a year</source>
        <translation>每個年度內的項目依次編號為 1、2、3…</translation>
    </message>
    <message>
        <source>Title (&amp;English)</source>
        <translation>英文名稱(&amp;E)</translation>
    </message>
    <message>
        <source>Title (&amp;Traditional Chinese)</source>
        <translation>繁體中文名稱(&amp;T)</translation>
    </message>
    <message>
        <source>Title (Si&amp;mplified Chinese)</source>
        <translation>簡體中文名稱(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New this year</source>
        <translation>本年度新項目(&amp;N)</translation>
    </message>
    <message>
        <source>The item is carried out for the first time this year (the report lists the new items)</source>
        <translation>此項目於本年度首次推行（報告會列出新項目）</translation>
    </message>
    <message>
        <source>&amp;Lead organisations</source>
        <translation>牽頭機構(&amp;L)</translation>
    </message>
    <message>
        <source>Narrati&amp;ve</source>
        <translation>概述(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>數據(&amp;F)</translation>
    </message>
    <message>
        <source>The programme year, written like 2017-18; choose one or type another</source>
        <translation>計劃年度，格式如 2017-18；可從清單選擇或自行輸入</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>移除(&amp;O)</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>The organisations that lead the item, in the order the report names them</source>
        <translation>牽頭推行此項目的機構，按報告列出的次序排列</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>加入(&amp;A)</translation>
    </message>
    <message>
        <source>Add the chosen organisation as the last lead</source>
        <translation>把所選機構加入為最後一個牽頭機構</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>英文名稱</translation>
    </message>
    <message>
        <source>Label (Traditional)</source>
        <translation>繁體中文名稱</translation>
    </message>
    <message>
        <source>Label (Simplified)</source>
        <translation>簡體中文名稱</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Figures the report gives for the item, such as the number of participants</source>
        <translation>報告就此項目列出的數據，例如參加人數</translation>
    </message>
    <message>
        <source>Add f&amp;igure</source>
        <translation>新增數據(&amp;I)</translation>
    </message>
    <message>
        <source>Remove fi&amp;gure</source>
        <translation>移除數據(&amp;G)</translation>
    </message>
    <message>
        <source>The changes to the lead organisations and figures</source>
        <translation>牽頭機構及數據的變更</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新項目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>牽頭機構</translation>
    </message>
</context>
<context>
    <name>ItemsView</name>
    <message>
        <source>{0} person</source>
        <translation>{0} 人</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0} 人</translation>
    </message>
    <message>
        <source>HK${0}</source>
        <translation>{0} 港元</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>Show the items of one programme year</source>
        <translation>只顯示某一計劃年度的項目</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>New &amp;item…</source>
        <translation>新增合作項目(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a co-operation item to a programme year</source>
        <translation>在計劃年度中新增一個合作項目</translation>
    </message>
    <message>
        <source>Start &amp;next year…</source>
        <translation>開始下一年度(&amp;N)…</translation>
    </message>
    <message>
        <source>Copy a year&apos;s items, with their numbers, titles and leads, into the year after it</source>
        <translation>把某一年度的項目連同編號、名稱及牽頭機構複製到下一年度</translation>
    </message>
    <message>
        <source>{0} item</source>
        <translation>{0} 個項目</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>{0} 個項目</translation>
    </message>
    <message>
        <source>{0} of {1} item</source>
        <translation>{1} 個項目中的 {0} 個</translation>
    </message>
    <message>
        <source>{0} of {1} items</source>
        <translation>{1} 個項目中的 {0} 個</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>所有年度</translation>
    </message>
    <message>
        <source>Led by {0}</source>
        <translation>牽頭機構：{0}</translation>
    </message>
    <message>
        <source>Create co-operation item</source>
        <translation>建立合作項目</translation>
    </message>
    <message>
        <source>Edit co-operation item</source>
        <translation>編輯合作項目</translation>
    </message>
    <message>
        <source>Delete co-operation item</source>
        <translation>刪除合作項目</translation>
    </message>
    <message>
        <source>Delete item {0} of {1}, “{2}”? You can undo this while no other item of the year has taken its number.</source>
        <translation>刪除{1}年度第 {0} 項「{2}」？在同一年度沒有其他項目使用其編號前，你可以復原。</translation>
    </message>
    <message>
        <source>Start {0}</source>
        <translation>開始 {0} 年度</translation>
    </message>
</context>
<context>
    <name>ItineraryItemDialog</name>
    <message>
        <source>New itinerary item</source>
        <translation>新增行程項目</translation>
    </message>
    <message>
        <source>Edit itinerary item</source>
        <translation>編輯行程項目</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類別(&amp;K)</translation>
    </message>
    <message>
        <source>Activity (&amp;English)</source>
        <translation>英文活動名稱(&amp;E)</translation>
    </message>
    <message>
        <source>Activity (&amp;Traditional Chinese)</source>
        <translation>繁體中文活動名稱(&amp;T)</translation>
    </message>
    <message>
        <source>Activity (Si&amp;mplified Chinese)</source>
        <translation>簡體中文活動名稱(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>時間(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>地點(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>接待機構(&amp;H)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>聯絡人(&amp;C)</translation>
    </message>
    <message>
        <source>Control &amp;point</source>
        <translation>管制站(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>備註(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ItineraryKind</name>
    <message>
        <source>visit</source>
        <translation>參觀</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>會議</translation>
    </message>
    <message>
        <source>meal</source>
        <translation>用膳</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>boundary crossing</source>
        <translation>過境</translation>
    </message>
    <message>
        <source>hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <source>free time</source>
        <translation>自由活動</translation>
    </message>
</context>
<context>
    <name>ItineraryModel</name>
    <message>
        <source>#</source>
        <translation>序號</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待機構</translation>
    </message>
    <message>
        <source>Control point</source>
        <translation>管制站</translation>
    </message>
</context>
<context>
    <name>ItineraryPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>下移(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Add itinerary item</source>
        <translation>新增行程項目</translation>
    </message>
    <message>
        <source>Edit itinerary item</source>
        <translation>編輯行程項目</translation>
    </message>
    <message>
        <source>Duplicate itinerary item</source>
        <translation>複製行程項目</translation>
    </message>
    <message>
        <source>Move itinerary item</source>
        <translation>移動行程項目</translation>
    </message>
    <message>
        <source>Delete itinerary item</source>
        <translation>刪除行程項目</translation>
    </message>
    <message>
        <source>Delete “{0}”? You can undo this.</source>
        <translation>刪除「{0}」？此操作可以復原。</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ListSection</name>
    <message>
        <source>Filter…</source>
        <translation>篩選…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>篩選清單</translation>
    </message>
    <message>
        <source>Show the rows that contain these words (English or Chinese)</source>
        <translation>顯示包含這些字詞的資料行（英文或中文）</translation>
    </message>
    <message>
        <source>{0} row</source>
        <translation>{0} 行</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} 行</translation>
    </message>
    <message>
        <source>{0} of {1} row</source>
        <translation>{1} 行中的 {0} 行</translation>
    </message>
    <message>
        <source>{0} of {1} rows</source>
        <translation>{1} 行中的 {0} 行</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Connected to the server</source>
        <translation>已連線至伺服器</translation>
    </message>
    <message>
        <source>Connection lost — retrying…</source>
        <translation>連線中斷 — 正在重試…</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <source>Send &amp;itinerary to the members…</source>
        <translation>向團員寄出行程(&amp;I)…</translation>
    </message>
    <message>
        <source>Send &amp;confirmations and invitations…</source>
        <translation>寄出確認及邀請(&amp;C)…</translation>
    </message>
    <message>
        <source>Send &amp;reminders…</source>
        <translation>寄出提示(&amp;R)…</translation>
    </message>
    <message>
        <source>Send &amp;updates and cancellations…</source>
        <translation>寄出更改及取消通知(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>寄件匣(&amp;O)…</translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation>郵件範本(&amp;T)…</translation>
    </message>
    <message>
        <source>Preparing the messages…</source>
        <translation>正在準備郵件…</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>沒有要寄出的郵件</translation>
    </message>
    <message>
        <source>Nothing has changed since the last sending; there is nobody to write to.</source>
        <translation>自上次寄出後沒有任何更改，沒有需要通知的人。</translation>
    </message>
    <message>
        <source>{0} queued; sending in the background</source>
        <translation>{0}已加入待寄，正在背景寄出</translation>
    </message>
    <message>
        <source>E-mail: {0} sent, {1} failed</source>
        <translation>電郵：已寄出 {0} 封，失敗 {1} 封</translation>
    </message>
    <message>
        <source>Messages still to send</source>
        <translation>仍有郵件待寄</translation>
    </message>
    <message>
        <source>{0} still waiting to be sent. Wait until they have gone? The window closes by itself when they have. (If you close now, they stay in the outbox and go the next time Planner sends mail.)</source>
        <translation>{0}仍在等候寄出。要等到寄出後才關閉嗎？寄出後視窗會自動關閉。（如現在關閉，郵件會留在寄件匣，下次 Planner 寄送郵件時才寄出。）</translation>
    </message>
</context>
<context>
    <name>MailPreview</name>
    <message>
        <source>1 message</source>
        <translation>1 封郵件</translation>
    </message>
    <message>
        <source>{0} messages</source>
        <translation>{0} 封郵件</translation>
    </message>
    <message>
        <source>Preview before sending</source>
        <translation>寄出前預覽</translation>
    </message>
    <message>
        <source>{0} to send: one message per recipient, nobody sees another&apos;s address.</source>
        <translation>共 {0}待寄：每位收件人一封，彼此看不到對方的地址。</translation>
    </message>
    <message>
        <source>&amp;Queue {0}</source>
        <translation>加入待寄：{0}(&amp;Q)</translation>
    </message>
    <message>
        <source>Put the messages in the outbox; they are sent in the background.</source>
        <translation>把郵件放入寄件匣，在背景寄出。</translation>
    </message>
    <message>
        <source>(to the guardian)</source>
        <translation>（寄給監護人）</translation>
    </message>
    <message>
        <source>Not sent to:</source>
        <translation>不會寄給：</translation>
    </message>
    <message>
        <source>To: {0}</source>
        <translation>收件人：{0}</translation>
    </message>
    <message>
        <source>Subject: {0}</source>
        <translation>主旨：{0}</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>E-mail</source>
        <translation>電郵</translation>
    </message>
    <message>
        <source>None (a relay on the local network only)</source>
        <translation>無（只限本地網絡的轉發伺服器）</translation>
    </message>
    <message>
        <source>kept in the system&apos;s keyring</source>
        <translation>存放於系統密碼庫</translation>
    </message>
    <message>
        <source>Mail &amp;server</source>
        <translation>郵件伺服器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>連接埠(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>連線保安(&amp;E)</translation>
    </message>
    <message>
        <source>Log&amp;in</source>
        <translation>登入名稱(&amp;I)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密碼(&amp;W)</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;address</source>
        <translation>寄件人地址(&amp;A)</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;name</source>
        <translation>寄件人名稱(&amp;N)</translation>
    </message>
    <message>
        <source>Reply-&amp;to</source>
        <translation>回覆地址(&amp;T)</translation>
    </message>
    <message>
        <source>stored in the keyring (type to change)</source>
        <translation>已存於密碼庫（輸入新密碼以更改）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exported {0} rows to {1}</source>
        <translation>已匯出 {0} 行至 {1}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <source>Planner — {0}</source>
        <translation>Planner — {0}</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新增資料庫(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>從備份還原(&amp;B)…</translation>
    </message>
    <message>
        <source>Current table as &amp;CSV…</source>
        <translation>目前表格（CSV 格式）(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>復原「{0}」(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>重做「{0}」(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>尋找(&amp;F)</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在開啟資料庫…</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>連線至伺服器(&amp;S)…</translation>
    </message>
    <message>
        <source>Calendar &amp;feeds…</source>
        <translation>日曆訂閱(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Publish feeds to a folder…</source>
        <translation>將訂閱源發佈到資料夾(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>搜尋全部(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>週(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>議程(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>關於 Planner(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>匯出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>日曆(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>Create a record in this section (an event, a delegation, a person…)</source>
        <translation>在此部分新增紀錄（活動、代表團、人員…）</translation>
    </message>
    <message>
        <source>Open the selected record in its editor</source>
        <translation>在編輯器開啟所選紀錄</translation>
    </message>
    <message>
        <source>Delete the selected record (you can undo this)</source>
        <translation>刪除所選紀錄（可復原）</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>取消上一次更改</translation>
    </message>
    <message>
        <source>Make the change you took back again</source>
        <translation>重做剛取消的更改</translation>
    </message>
    <message>
        <source>Read this section again from the database</source>
        <translation>從資料庫重新讀取此部分</translation>
    </message>
    <message>
        <source>Save the table shown as a CSV file for a spreadsheet</source>
        <translation>把顯示的表格儲存為 CSV 檔，供試算表使用</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>處理中…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>匯出為 CSV</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>郵件(&amp;M)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新增資料庫</translation>
    </message>
    <message>
        <source>Planner database (*.sqlite)</source>
        <translation>Planner 資料庫 (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>開啟資料庫</translation>
    </message>
    <message>
        <source>Planner database (*.sqlite *.db);;All files (*)</source>
        <translation>Planner 資料庫 (*.sqlite *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>這個資料庫尚未有備份。</translation>
    </message>
    <message>
        <source>Backup to restore:</source>
        <translation>要還原的備份：</translation>
    </message>
    <message>
        <source>Replace the current database with {0}? The current file is kept beside it.</source>
        <translation>以 {0} 取代目前的資料庫？目前的檔案會保留在同一資料夾。</translation>
    </message>
    <message>
        <source>About Planner</source>
        <translation>關於 Planner</translation>
    </message>
    <message>
        <source>Planner {0}
Events, delegations and exchange programmes of the Guangdong / Hong Kong IP co-operation programme.</source>
        <translation>Planner {0}
粵港知識產權合作的活動、代表團及交流計劃。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日曆</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表團</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Co-operation items</source>
        <translation>合作項目</translation>
    </message>
    <message>
        <source>Exchange programmes</source>
        <translation>交流計劃</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <source>leader</source>
        <translation>團長</translation>
    </message>
    <message>
        <source>member</source>
        <translation>團員</translation>
    </message>
    <message>
        <source>liaison officer</source>
        <translation>聯絡人員</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>傳譯員</translation>
    </message>
    <message>
        <source>chaperone</source>
        <translation>隨團導師</translation>
    </message>
</context>
<context>
    <name>MemberStatus</name>
    <message>
        <source>invited</source>
        <translation>已邀請</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已退出</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>團內職務</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>未成年</translation>
    </message>
    <message>
        <source>Guardian consent</source>
        <translation>監護人同意</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Guardian &amp;consent</source>
        <translation>監護人同意(&amp;C)</translation>
    </message>
    <message>
        <source>A minor&apos;s guardian has agreed to the trip (Apply records it for the selected member)</source>
        <translation>未成年人的監護人已同意行程（按「套用」為所選成員記錄）</translation>
    </message>
    <message>
        <source>Role of the member</source>
        <translation>成員身分</translation>
    </message>
    <message>
        <source>Leader, member, chaperone…: Apply gives it to the selected member; Add uses it for new ones</source>
        <translation>團長、團員、陪同…：按「套用」設定所選成員；新增時亦採用此身分</translation>
    </message>
    <message>
        <source>Status of the member</source>
        <translation>成員狀態</translation>
    </message>
    <message>
        <source>Apply gives it to the selected member</source>
        <translation>按「套用」設定所選成員</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>加入成員(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a person from the address book to this delegation</source>
        <translation>從通訊錄選人加入此代表團</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>套用(&amp;P)</translation>
    </message>
    <message>
        <source>Give the selected member the role, status and consent chosen on the left</source>
        <translation>把左邊選定的身分、狀態和同意套用到所選成員</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Take the selected member off the delegation (you can undo this)</source>
        <translation>把所選成員從代表團移除（可復原）</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>匯入(&amp;M)…</translation>
    </message>
    <message>
        <source>Add members from an Excel or CSV list</source>
        <translation>從試算表或 CSV 名單加入成員</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>加入成員</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>更改成員</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成員</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Type the date as year-month-day or pick it from the calendar; Delete empties it</source>
        <translation>按「年-月-日」輸入日期或在日曆中選取；按 Delete 鍵清除</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>新增機構</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>編輯機構</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>代號(&amp;C)</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>英文名稱(&amp;E)</translation>
    </message>
    <message>
        <source>Name (&amp;Traditional Chinese)</source>
        <translation>繁體中文名稱(&amp;T)</translation>
    </message>
    <message>
        <source>Name (Si&amp;mplified Chinese)</source>
        <translation>簡體中文名稱(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Also known as</source>
        <translation>其他名稱(&amp;A)</translation>
    </message>
    <message>
        <source>Other names or abbreviations, comma separated</source>
        <translation>其他名稱或簡稱，以逗號分隔</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>所屬地區(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類別(&amp;K)</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <source>government</source>
        <translation>政府部門</translation>
    </message>
    <message>
        <source>trade body</source>
        <translation>業界團體</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>school</source>
        <translation>學校</translation>
    </message>
    <message>
        <source>university</source>
        <translation>大學</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Code</source>
        <translation>代號</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>另一語言名稱</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>地區</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>其他名稱</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>New &amp;organisation…</source>
        <translation>新增機構(&amp;O)…</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>新增機構</translation>
    </message>
    <message>
        <source>{0} organisation</source>
        <translation>{0} 個機構</translation>
    </message>
    <message>
        <source>{0} organisations</source>
        <translation>{0} 個機構</translation>
    </message>
    <message>
        <source>{0} of {1} organisation</source>
        <translation>{1} 個機構中的 {0} 個</translation>
    </message>
    <message>
        <source>{0} of {1} organisations</source>
        <translation>{1} 個機構中的 {0} 個</translation>
    </message>
    <message>
        <source>Create organisation</source>
        <translation>建立機構</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>編輯機構</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>刪除機構</translation>
    </message>
    <message>
        <source>Delete {0}? You can undo this.</source>
        <translation>刪除「{0}」？此操作可以復原。</translation>
    </message>
</context>
<context>
    <name>OrganiserRole</name>
    <message>
        <source>organiser</source>
        <translation>主辦機構</translation>
    </message>
    <message>
        <source>co-organiser</source>
        <translation>協辦機構</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>支持機構</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>參與機構</translation>
    </message>
    <message>
        <source>host</source>
        <translation>接待機構</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>寄件匣</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>立即寄出(&amp;S)</translation>
    </message>
    <message>
        <source>Send what is queued through the mail server</source>
        <translation>經郵件伺服器寄出待寄的郵件</translation>
    </message>
    <message>
        <source>&amp;Resend failed</source>
        <translation>重寄失敗郵件(&amp;R)</translation>
    </message>
    <message>
        <source>Queue the selected failed messages (or all failed ones) again. Check first whether those marked &apos;may have been sent&apos; arrived.</source>
        <translation>把所選（或全部）失敗的郵件重新加入待寄。請先確認標示為「可能已寄出」的郵件是否已收到。</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>捨棄(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the selected messages that were not sent</source>
        <translation>移除所選未寄出的郵件</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>重新整理(&amp;F)</translation>
    </message>
    <message>
        <source>Discard messages</source>
        <translation>捨棄郵件</translation>
    </message>
    <message>
        <source>Remove the selected messages that were not sent? They will not be sent.</source>
        <translation>要移除所選未寄出的郵件嗎？這些郵件將不會寄出。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在寄出…</translation>
    </message>
    <message>
        <source>Sending… {0} of {1}</source>
        <translation>正在寄出… 第 {0} 封，共 {1} 封</translation>
    </message>
    <message>
        <source>Sent {0}, failed {1}.</source>
        <translation>已寄出 {0} 封，失敗 {1} 封。</translation>
    </message>
    <message>
        <source>{0} may have been sent: check before resending.</source>
        <translation>{0} 封可能已寄出：重寄前請先確認。</translation>
    </message>
    <message>
        <source>The mail server could not be reached ({0}); trying again in a minute.</source>
        <translation>無法連接郵件伺服器（{0}）；一分鐘後再試。</translation>
    </message>
    <message>
        <source>{0} will be tried again later.</source>
        <translation>{0} 封稍後會再試。</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Queued</source>
        <translation>待寄</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>寄出中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>May have been sent</source>
        <translation>可能已寄出</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>候補名單</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>候補轉正</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近錯誤</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>加入人員(&amp;A)…</translation>
    </message>
    <message>
        <source>Register a person from the address book for this event</source>
        <translation>從通訊錄選人登記參加此活動</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>新增人員(&amp;N)…</translation>
    </message>
    <message>
        <source>Enter a new person and register them for this event</source>
        <translation>輸入新人員並登記參加此活動</translation>
    </message>
    <message>
        <source>Status of the participant</source>
        <translation>參加者狀態</translation>
    </message>
    <message>
        <source>Invited, registered, waiting…: Apply gives it to the selected participant</source>
        <translation>已邀請、已登記、候補…：按「套用」設定所選參加者</translation>
    </message>
    <message>
        <source>Role of the participant</source>
        <translation>參加者身分</translation>
    </message>
    <message>
        <source>Participant, speaker, guest…: Apply gives it to the selected participant; Add uses it for new ones</source>
        <translation>參加者、講者、嘉賓…：按「套用」設定所選參加者；新增時亦採用此身分</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>套用(&amp;P)</translation>
    </message>
    <message>
        <source>Give the selected participant the status and role chosen on the left</source>
        <translation>把左邊選定的狀態和身分套用到所選參加者</translation>
    </message>
    <message>
        <source>Apply status and role</source>
        <translation>套用狀態和身分</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>簽到(&amp;I)</translation>
    </message>
    <message>
        <source>Record that the selected participant has arrived</source>
        <translation>記錄所選參加者已到場</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Take the selected participant off the list (you can undo this)</source>
        <translation>把所選參加者從名單移除（可復原）</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>匯入(&amp;M)…</translation>
    </message>
    <message>
        <source>Add participants from an Excel or CSV list</source>
        <translation>從試算表或 CSV 名單加入參加者</translation>
    </message>
    <message>
        <source>Chec&amp;k-in…</source>
        <translation>簽到處(&amp;K)…</translation>
    </message>
    <message>
        <source>Open the check-in desk for this event</source>
        <translation>開啟此活動的報到處</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>參加者</translation>
    </message>
    <message>
        <source>Participants: {0} registered, {1} waiting, {2} checked in</source>
        <translation>參加者：已登記 {0} 人，候補 {1} 人，已簽到 {2} 人</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>加入參加者</translation>
    </message>
    <message>
        <source>Create person</source>
        <translation>建立人員</translation>
    </message>
    <message>
        <source>Change participant</source>
        <translation>更改參加者</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>簽到</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>移除參加者</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Go to a page</source>
        <translation>跳到某頁</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁</translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation>共 {0} 頁</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一頁</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一頁 ▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <source>Zoom so that the page fills the width</source>
        <translation>縮放至頁面填滿寬度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整頁</translation>
    </message>
    <message>
        <source>Zoom so that a whole page shows</source>
        <translation>縮放至顯示整頁</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>職位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>未成年</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表團</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0} 人</translation>
    </message>
    <message>
        <source>Search names in English or Chinese, or e-mail…</source>
        <translation>以中英文姓名或電郵地址搜尋…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>搜尋人員</translation>
    </message>
    <message>
        <source>Find people by a part of their English or Chinese name, or their e-mail address</source>
        <translation>按英文或中文姓名的一部分或電郵地址尋找人員</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>新增人員(&amp;P)…</translation>
    </message>
    <message>
        <source>Add a person to the address book</source>
        <translation>把人員加入通訊錄</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>顯示(&amp;R)</translation>
    </message>
    <message>
        <source>Show them for the selected person (written to the audit log)</source>
        <translation>顯示所選人士的敏感資料（會記入審計記錄）</translation>
    </message>
    <message>
        <source>Sensitive: birth date, guardian, travel documents</source>
        <translation>敏感資料：出生日期、監護人、旅行證件</translation>
    </message>
    <message>
        <source>Events and delegations</source>
        <translation>活動及代表團</translation>
    </message>
    <message>
        <source>Not available to your login</source>
        <translation>你的登入帳戶無權查看</translation>
    </message>
    <message>
        <source>Birth dates, guardians and travel documents need the planner_sensitive role; ask the administrator for it</source>
        <translation>出生日期、監護人及旅行證件需要 planner_sensitive 角色；請向管理員申請</translation>
    </message>
    <message>
        <source>{0} person</source>
        <translation>{0} 人</translation>
    </message>
    <message>
        <source>{0} of {1} person</source>
        <translation>{1} 人中的 {0} 人</translation>
    </message>
    <message>
        <source>{0} of {1} people</source>
        <translation>{1} 人中的 {0} 人</translation>
    </message>
    <message>
        <source>{0}+ people</source>
        <translation>{0} 人以上</translation>
    </message>
    <message>
        <source>Dietary: {0}</source>
        <translation>膳食要求：{0}</translation>
    </message>
    <message>
        <source>Access: {0}</source>
        <translation>無障礙需要：{0}</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隱藏(&amp;H)</translation>
    </message>
    <message>
        <source>Mask them again</source>
        <translation>再次遮蓋</translation>
    </message>
    <message>
        <source>Create person</source>
        <translation>建立人員</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>編輯人員</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>刪除人員</translation>
    </message>
    <message>
        <source>Delete {0}? You can undo this.</source>
        <translation>刪除「{0}」？此操作可以復原。</translation>
    </message>
</context>
<context>
    <name>PersonCategory</name>
    <message>
        <source>official</source>
        <translation>政府官員</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企業代表</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>專家</translation>
    </message>
    <message>
        <source>student</source>
        <translation>學生</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>教師</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>業界人士</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>新增人員</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>編輯人員</translation>
    </message>
    <message>
        <source>&amp;English name</source>
        <translation>英文姓名(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Chinese name</source>
        <translation>中文姓名(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>職位(&amp;P)</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>電郵(&amp;M)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>電話(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Dietary needs</source>
        <translation>膳食要求(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Access needs</source>
        <translation>無障礙需要(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>機構(&amp;O)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>類別(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Minor</source>
        <translation>未成年(&amp;M)</translation>
    </message>
    <message>
        <source>Under 18: trips need a guardian&apos;s consent</source>
        <translation>未滿 18 歲：出行須得監護人同意</translation>
    </message>
    <message>
        <source>Messages &amp;in</source>
        <translation>訊息語言(&amp;I)</translation>
    </message>
    <message>
        <source>The language of the e-mails Planner sends this person; by default it follows the side they come from</source>
        <translation>Planner 寄給此人的電郵所用語言；預設按其所屬一方而定</translation>
    </message>
    <message>
        <source>(the side they come from)</source>
        <translation>（按所屬一方）</translation>
    </message>
    <message>
        <source>Perso&amp;n</source>
        <translation>人士(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Sensitive</source>
        <translation>敏感資料(&amp;S)</translation>
    </message>
    <message>
        <source>Date of birth, guardian and travel documents</source>
        <translation>出生日期、監護人及旅行證件</translation>
    </message>
    <message>
        <source>The changes to the sensitive data</source>
        <translation>敏感資料的變更</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Add a person</source>
        <translation>加入人員</translation>
    </message>
    <message>
        <source>Type part of a name, in English or Chinese</source>
        <translation>輸入部分中文或英文姓名</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation>找到 {0} 人</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>System language</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>The window is rebuilt in the new language on the same section and record; Undo and Redo go on as before (steps already done keep the language they were done in).</source>
        <translation>視窗會以新語言重建，仍停留在同一部分及同一項記錄；復原及重做照常運作（已做的步驟保留當時語言的描述）。</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外觀(&amp;A)</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} 分鐘</translation>
    </message>
    <message>
        <source>Times dragged in the calendar&apos;s week view and a delegation&apos;s timeline snap to this step; hold Alt to drag without snapping</source>
        <translation>在日曆週視圖及代表團時間線上拖動的時間會對齊至此間隔；按住 Alt 拖動則不對齊</translation>
    </message>
    <message>
        <source>&amp;Drag times in steps of</source>
        <translation>拖動時間的間隔(&amp;D)</translation>
    </message>
    <message>
        <source>Calendar feeds</source>
        <translation>日曆訂閱</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>電郵</translation>
    </message>
    <message>
        <source>Feeds&apos; &amp;address:</source>
        <translation>訂閱源地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Where the published feed files can be fetched, ending with /, e.g. https://calendar.example.org/feeds/</source>
        <translation>可取得已發佈訂閱源檔案的地址，以 / 結尾，例如 https://calendar.example.org/feeds/</translation>
    </message>
    <message>
        <source>&amp;UID domain:</source>
        <translation>活動識別網域(&amp;U)：</translation>
    </message>
    <message>
        <source>Your organisation&apos;s domain: calendar apps tell events apart by it. Change it before anyone subscribes.</source>
        <translation>貴機構的網域：行事曆應用程式以此區分活動。請在有人訂閱前更改。</translation>
    </message>
    <message>
        <source>⚠ These are still the example settings: feed links made with them reach nobody.</source>
        <translation>⚠ 這些仍是示例設定：以此產生的訂閱連結無人可以使用。</translation>
    </message>
    <message>
        <source>Change feed settings</source>
        <translation>更改訂閱源設定</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>{0} (new)</source>
        <translation>{0}（新增）</translation>
    </message>
    <message>
        <source>New exchange programme</source>
        <translation>新增交流計劃</translation>
    </message>
    <message>
        <source>Edit exchange programme</source>
        <translation>編輯交流計劃</translation>
    </message>
    <message>
        <source>Co-operation &amp;item</source>
        <translation>合作項目(&amp;I)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>狀態(&amp;S)</translation>
    </message>
    <message>
        <source>Le&amp;gs</source>
        <translation>行程段(&amp;G)</translation>
    </message>
    <message>
        <source>Title (&amp;English)</source>
        <translation>英文名稱(&amp;E)</translation>
    </message>
    <message>
        <source>Title (&amp;Traditional Chinese)</source>
        <translation>繁體中文名稱(&amp;T)</translation>
    </message>
    <message>
        <source>Title (Si&amp;mplified Chinese)</source>
        <translation>簡體中文名稱(&amp;M)</translation>
    </message>
    <message>
        <source>T&amp;heme (English)</source>
        <translation>英文主題(&amp;H)</translation>
    </message>
    <message>
        <source>Theme (Tra&amp;ditional Chinese)</source>
        <translation>繁體中文主題(&amp;D)</translation>
    </message>
    <message>
        <source>Theme (Simp&amp;lified Chinese)</source>
        <translation>簡體中文主題(&amp;L)</translation>
    </message>
    <message>
        <source>Deta&amp;ch</source>
        <translation>移出(&amp;C)</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>The delegations of the programme in the order they travel; double-click a new leg to change it</source>
        <translation>本計劃的代表團，按出訪次序排列；按兩下新增的行程段可作修改</translation>
    </message>
    <message>
        <source>Take the leg out of the programme; the delegation stays as it is</source>
        <translation>把此行程段移出計劃；代表團本身保持不變</translation>
    </message>
    <message>
        <source>&amp;New leg…</source>
        <translation>新增行程段(&amp;N)…</translation>
    </message>
    <message>
        <source>Plan a new delegation as the next leg; it is saved with the programme</source>
        <translation>策劃一個新代表團作為下一個行程段；會與計劃一併儲存</translation>
    </message>
    <message>
        <source>Delegations in no other programme</source>
        <translation>未加入其他計劃的代表團</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>加入(&amp;A)</translation>
    </message>
    <message>
        <source>Add the chosen delegation as the next leg</source>
        <translation>把所選代表團加入為下一個行程段</translation>
    </message>
    <message>
        <source>(no delegation outside a programme)</source>
        <translation>（沒有未加入計劃的代表團）</translation>
    </message>
    <message>
        <source>New leg</source>
        <translation>新增行程段</translation>
    </message>
    <message>
        <source>The changes to the legs</source>
        <translation>行程段的變更</translation>
    </message>
</context>
<context>
    <name>ProgrammesModel</name>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>行程段數</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>合作項目</translation>
    </message>
</context>
<context>
    <name>ProgrammesView</name>
    <message>
        <source>New &amp;programme…</source>
        <translation>新增交流計劃(&amp;P)…</translation>
    </message>
    <message>
        <source>Plan an exchange programme and its legs</source>
        <translation>策劃交流計劃及其行程段</translation>
    </message>
    <message>
        <source>{0} programme</source>
        <translation>{0} 項交流計劃</translation>
    </message>
    <message>
        <source>{0} programmes</source>
        <translation>{0} 項交流計劃</translation>
    </message>
    <message>
        <source>{0} of {1} programme</source>
        <translation>{1} 項交流計劃中的 {0} 項</translation>
    </message>
    <message>
        <source>{0} of {1} programmes</source>
        <translation>{1} 項交流計劃中的 {0} 項</translation>
    </message>
    <message>
        <source>No legs yet: edit the programme to add them.</source>
        <translation>尚未有行程段：請編輯計劃加入。</translation>
    </message>
    <message>
        <source>{0}, {1}, {2}</source>
        <translation>{0}，{1}，{2}</translation>
    </message>
    <message>
        <source>{0} member</source>
        <translation>成員 {0} 人</translation>
    </message>
    <message>
        <source>{0} members</source>
        <translation>成員 {0} 人</translation>
    </message>
    <message>
        <source>{0} student</source>
        <translation>學生 {0} 人</translation>
    </message>
    <message>
        <source>{0} students</source>
        <translation>學生 {0} 人</translation>
    </message>
    <message>
        <source>{0} chaperone</source>
        <translation>隨團導師 {0} 人</translation>
    </message>
    <message>
        <source>{0} chaperones</source>
        <translation>隨團導師 {0} 人</translation>
    </message>
    <message>
        <source>Create exchange programme</source>
        <translation>建立交流計劃</translation>
    </message>
    <message>
        <source>Edit exchange programme</source>
        <translation>編輯交流計劃</translation>
    </message>
    <message>
        <source>Delete exchange programme</source>
        <translation>刪除交流計劃</translation>
    </message>
    <message>
        <source>Delete “{0}”? Its legs stay as delegations. You can undo this.</source>
        <translation>刪除「{0}」？其行程段會保留為獨立代表團。此操作可以復原。</translation>
    </message>
</context>
<context>
    <name>RegistrationRole</name>
    <message>
        <source>participant</source>
        <translation>參加者</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>講者</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>嘉賓</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>主辦單位人員</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>工作人員</translation>
    </message>
    <message>
        <source>media</source>
        <translation>傳媒</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <source>invited</source>
        <translation>已邀請</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已登記</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>候補</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>已婉拒</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>RegistrationsModel</name>
    <message>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>簽到時間</translation>
    </message>
    <message>
        <source>The event&apos;s time ({0})</source>
        <translation>活動時間（{0}）</translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <source>Start next year</source>
        <translation>開始下一年度</translation>
    </message>
    <message>
        <source>Each chosen item is copied into the new year with its number, titles and lead organisations. Its narrative, figures and “new this year” are left empty, to be filled in during the year.</source>
        <translation>每個所選項目會連同編號、名稱及牽頭機構複製到新年度。概述、數據及「本年度新項目」會留空，待年內填寫。</translation>
    </message>
    <message>
        <source>&amp;From year</source>
        <translation>來源年度(&amp;F)</translation>
    </message>
    <message>
        <source>New year</source>
        <translation>新年度</translation>
    </message>
    <message>
        <source>Untick the items that do not continue</source>
        <translation>取消勾選不再延續的項目</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>全不選(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Items to copy</source>
        <translation>要複製的項目(&amp;I)</translation>
    </message>
    <message>
        <source>{0} — number taken in {1}</source>
        <translation>{0}——{1} 年度已有此編號</translation>
    </message>
    <message>
        <source>{0} of {1} items chosen</source>
        <translation>已選 {0} 項（共 {1} 項）</translation>
    </message>
</context>
<context>
    <name>ScheduleEdit</name>
    <message>
        <source>&amp;All day</source>
        <translation>全日(&amp;A)</translation>
    </message>
    <message>
        <source>Type the start as year-month-day hour:minute or pick the day from the calendar; the end moves with it</source>
        <translation>以「年-月-日 時:分」輸入開始時間，或在日曆中揀選日子；結束時間會隨之移動</translation>
    </message>
    <message>
        <source>Type the end as year-month-day hour:minute or pick the day from the calendar</source>
        <translation>以「年-月-日 時:分」輸入結束時間，或在日曆中揀選日子</translation>
    </message>
    <message>
        <source>Exact dates</source>
        <translation>確實日期</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>只有月份</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>大約日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
</context>
<context>
    <name>ScheduleMoves</name>
    <message>
        <source>Move “{0}”</source>
        <translation>移動「{0}」</translation>
    </message>
    <message>
        <source>Change the time of “{0}”</source>
        <translation>更改「{0}」的時間</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>刪除「{0}」</translation>
    </message>
    <message>
        <source>Delete “{0}”? You can undo this.</source>
        <translation>刪除「{0}」？此操作可以復原。</translation>
    </message>
</context>
<context>
    <name>Schedules</name>
    <message>
        <source>≈ {0}</source>
        <translation>≈ {0}</translation>
    </message>
    <message>
        <source>Only the month is known, not the day</source>
        <translation>只知道月份，未知確實日子</translation>
    </message>
    <message>
        <source>≈ The dates are approximate: the item falls somewhere around them</source>
        <translation>≈ 日期為約數：項目大約在這段時間內舉行</translation>
    </message>
</context>
<context>
    <name>ScriptSuggestion</name>
    <message>
        <source>Fill in</source>
        <translation>填入</translation>
    </message>
    <message>
        <source>Copy the suggestion converted from the other Chinese script; check it before saving</source>
        <translation>填入由另一種中文字體轉換而成的建議；儲存前請先核對</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>環節</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表團</translation>
    </message>
    <message>
        <source>Itinerary steps</source>
        <translation>行程項目</translation>
    </message>
    <message>
        <source>Exchange programmes</source>
        <translation>交流計劃</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>機構</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>場地</translation>
    </message>
    <message>
        <source>Co-operation items</source>
        <translation>合作項目</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>{0} (the first {1}; type more to narrow)</source>
        <translation>{0}（首 {1} 項；輸入更多字以收窄範圍）</translation>
    </message>
    <message>
        <source>Nothing is named “{0}”.</source>
        <translation>沒有名稱包含「{0}」的項目。</translation>
    </message>
    <message>
        <source>Search everything…</source>
        <translation>搜尋全部…</translation>
    </message>
    <message>
        <source>Events, sessions, delegations, itinerary steps, programmes, people, organisations, venues and co-operation items, by any name in English or Chinese (Edit &gt; Search everything)</source>
        <translation>以英文或中文（繁體或簡體）的任何名稱搜尋活動、環節、代表團、行程項目、交流計劃、人員、機構、場地及合作項目（編輯 &gt; 搜尋全部）</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>搜尋全部</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜尋</translation>
    </message>
</context>
<context>
    <name>SensitiveTab</name>
    <message>
        <source>Checking whether you may see sensitive data…</source>
        <translation>正在檢查你可否查看敏感資料…</translation>
    </message>
    <message>
        <source>The date of birth, the guardian and the travel documents are hidden. Reveal shows them here so you can change them; each reveal is written to the audit log.</source>
        <translation>出生日期、監護人及旅行證件已隱藏。按「顯示」可在此查看及修改；每次顯示都會記入審計記錄。</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>顯示(&amp;R)</translation>
    </message>
    <message>
        <source>Show the sensitive data (written to the audit log)</source>
        <translation>顯示敏感資料（會記入審計記錄）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>No date of birth on record</source>
        <translation>不記錄出生日期</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Guardian</source>
        <translation>監護人(&amp;G)</translation>
    </message>
    <message>
        <source>A parent or other guardian of a minor</source>
        <translation>未成年人士的父母或其他監護人</translation>
    </message>
    <message>
        <source>Guardian&apos;s p&amp;hone</source>
        <translation>監護人電話(&amp;H)</translation>
    </message>
    <message>
        <source>With the country code, e.g. +852 9123 4567</source>
        <translation>連國家或地區代碼，例如 +852 9123 4567</translation>
    </message>
    <message>
        <source>Re&amp;lationship</source>
        <translation>關係(&amp;L)</translation>
    </message>
    <message>
        <source>e.g. mother, father, aunt</source>
        <translation>例如母親、父親、姨母</translation>
    </message>
    <message>
        <source>Guardian&apos;s e-&amp;mail</source>
        <translation>監護人電郵(&amp;M)</translation>
    </message>
    <message>
        <source>A minor&apos;s e-mail goes here, never to the minor</source>
        <translation>寄給未成年人的電郵會寄到這裡，絕不會寄給未成年人本人</translation>
    </message>
    <message>
        <source>A minor without a date of birth can be saved; the planning checks will point it out.</source>
        <translation>未成年人士即使沒有出生日期也可儲存；規劃檢查會提示這一點。</translation>
    </message>
    <message>
        <source>&amp;Add document</source>
        <translation>加入證件(&amp;A)</translation>
    </message>
    <message>
        <source>Add a travel document; type its details in the table</source>
        <translation>加入旅行證件；請在表內輸入詳情</translation>
    </message>
    <message>
        <source>Remo&amp;ve document</source>
        <translation>移除證件(&amp;V)</translation>
    </message>
    <message>
        <source>Delete the chosen document (on OK)</source>
        <translation>刪除所選證件（按「確定」時生效）</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>旅行證件</translation>
    </message>
    <message>
        <source>Birth dates, guardians and travel documents need the planner_sensitive role, which your login does not have. Ask the administrator for it (see &apos;db roles&apos;).</source>
        <translation>出生日期、監護人及旅行證件需要 planner_sensitive 角色，而你的登入帳戶沒有此角色。請向管理員申請（見「db roles」）。</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隱藏(&amp;H)</translation>
    </message>
    <message>
        <source>Mask the sensitive data again</source>
        <translation>再次遮蓋敏感資料</translation>
    </message>
    <message>
        <source>Travel document {0}: {1}</source>
        <translation>旅行證件 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>連線至伺服器</translation>
    </message>
    <message>
        <source>Connect to the team&apos;s shared PostgreSQL database. The password is asked when the server wants one and is never saved.</source>
        <translation>連線至團隊共用的 PostgreSQL 資料庫。伺服器需要密碼時才會詢問，密碼永不儲存。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主機(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>資料庫(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>連線(&amp;C)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host and the database name.</source>
        <translation>請輸入伺服器主機及資料庫名稱。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>新增環節</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>編輯環節</translation>
    </message>
    <message>
        <source>Title (&amp;English)</source>
        <translation>英文名稱(&amp;E)</translation>
    </message>
    <message>
        <source>Title (&amp;Traditional Chinese)</source>
        <translation>繁體中文名稱(&amp;T)</translation>
    </message>
    <message>
        <source>Title (Si&amp;mplified Chinese)</source>
        <translation>簡體中文名稱(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>時間(&amp;W)</translation>
    </message>
    <message>
        <source>Within the event: {0} to {1}</source>
        <translation>須在活動時間內：{0}至{1}</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>房間(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. Room 2, 3/F</source>
        <translation>例如 3 樓 2 號室</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>講者(&amp;K)</translation>
    </message>
    <message>
        <source>Names and organisations, as they should be printed</source>
        <translation>姓名及所屬機構，按列印時的寫法填寫</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>地點(&amp;V)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>備註(&amp;O)</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房間</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>講者</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a session to the agenda</source>
        <translation>在議程中加入環節</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>編輯(&amp;I)…</translation>
    </message>
    <message>
        <source>Change the chosen session</source>
        <translation>修改所選環節</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Take the chosen session out of the agenda (on OK)</source>
        <translation>從議程移除所選環節（按「確定」時生效）</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Earlier in the agenda</source>
        <translation>在議程中排前</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Later in the agenda</source>
        <translation>在議程中排後</translation>
    </message>
    <message>
        <source>Sessions are saved with the event when you press OK. Moving the event&apos;s start moves the sessions whose time you did not change by hand.</source>
        <translation>按「確定」時，環節會連同活動一併儲存。更改活動的開始時間時，你沒有親自改過時間的環節會隨之移動。</translation>
    </message>
    <message>
        <source>Reading the sessions…</source>
        <translation>正在讀取環節…</translation>
    </message>
    <message>
        <source>The sessions could not be read: {0}</source>
        <translation>無法讀取環節：{0}</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Guangdong</source>
        <translation>廣東</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>澳門</translation>
    </message>
    <message>
        <source>Mainland</source>
        <translation>內地</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他地區</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>draft</source>
        <translation>草擬</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Fields: {0}. A line offering the feed&apos;s link is left out when there is no feed.</source>
        <translation>可用欄位：{0}。沒有日曆訂閱時，提供訂閱連結的一行會略去。</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>主旨(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>內文(&amp;T)</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>郵件範本</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>還原預設(&amp;R)</translation>
    </message>
    <message>
        <source>Templates saved</source>
        <translation>範本已儲存</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>時間線</translation>
    </message>
</context>
<context>
    <name>TravelDocumentType</name>
    <message>
        <source>HKSAR passport</source>
        <translation>香港特區護照</translation>
    </message>
    <message>
        <source>Home Return Permit</source>
        <translation>港澳居民來往內地通行證</translation>
    </message>
    <message>
        <source>Exit-entry Permit for Travelling to and from Hong Kong and Macao</source>
        <translation>往來港澳通行證</translation>
    </message>
    <message>
        <source>PRC passport</source>
        <translation>中華人民共和國護照</translation>
    </message>
    <message>
        <source>Hong Kong identity card</source>
        <translation>香港身份證</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>TravelDocumentsModel</name>
    <message>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>簽發機關</translation>
    </message>
    <message>
        <source>The issuing authority</source>
        <translation>簽發證件的機關</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>簽發日期</translation>
    </message>
    <message>
        <source>The date of issue</source>
        <translation>證件的簽發日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>屆滿日期</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>簽注</translation>
    </message>
    <message>
        <source>The endorsement&apos;s type, e.g. business (商務) or individual visit (個人遊)</source>
        <translation>簽注種類，例如商務或個人遊</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>餘下次數</translation>
    </message>
    <message>
        <source>Entries left on the endorsement</source>
        <translation>簽注餘下的入境次數</translation>
    </message>
    <message>
        <source>Endorsement expires</source>
        <translation>簽注屆滿日期</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Perhaps not saved</source>
        <translation>可能未儲存</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未能儲存</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>發生錯誤</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>New venue</source>
        <translation>新增場地</translation>
    </message>
    <message>
        <source>Edit venue</source>
        <translation>編輯場地</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>英文名稱(&amp;E)</translation>
    </message>
    <message>
        <source>Name (&amp;Traditional Chinese)</source>
        <translation>繁體中文名稱(&amp;T)</translation>
    </message>
    <message>
        <source>Name (Si&amp;mplified Chinese)</source>
        <translation>簡體中文名稱(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Address (English)</source>
        <translation>英文地址(&amp;A)</translation>
    </message>
    <message>
        <source>Address (C&amp;hinese)</source>
        <translation>中文地址(&amp;H)</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>城市(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>所屬地區(&amp;S)</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>時區(&amp;Z)</translation>
    </message>
    <message>
        <source>An IANA time zone such as Asia/Hong_Kong; events at this venue are planned in it</source>
        <translation>IANA 時區，例如 Asia/Hong_Kong；在此場地舉行的活動以此時區安排</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>緯度(&amp;L)</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>經度(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>容量(&amp;C)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不詳</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>預訂(&amp;B)</translation>
    </message>
    <message>
        <source>One booking at a time (the checks flag double bookings)</source>
        <translation>同一時間只接受一項預訂（檢查會標示重複預訂）</translation>
    </message>
</context>
<context>
    <name>VenuePicker</name>
    <message>
        <source>Create venue</source>
        <translation>新增場地</translation>
    </message>
    <message>
        <source>&amp;New venue…</source>
        <translation>新增場地(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a venue that is not in the list yet</source>
        <translation>新增一個尚未在清單中的場地</translation>
    </message>
    <message>
        <source>(no venue)</source>
        <translation>（未定地點）</translation>
    </message>
</context>
<context>
    <name>VenuesModel</name>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>所屬地區</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>單一預訂</translation>
    </message>
</context>
<context>
    <name>VenuesView</name>
    <message>
        <source>Filter by name, city or time zone…</source>
        <translation>按名稱、城市或時區篩選…</translation>
    </message>
    <message>
        <source>&amp;New venue…</source>
        <translation>新增場地(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a place where events and visits happen</source>
        <translation>新增舉行活動或參觀的地點</translation>
    </message>
    <message>
        <source>{0} venue</source>
        <translation>{0} 個場地</translation>
    </message>
    <message>
        <source>{0} venues</source>
        <translation>{0} 個場地</translation>
    </message>
    <message>
        <source>{0} of {1} venue</source>
        <translation>{1} 個場地中的 {0} 個</translation>
    </message>
    <message>
        <source>{0} of {1} venues</source>
        <translation>{1} 個場地中的 {0} 個</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不詳</translation>
    </message>
    <message>
        <source>City: {0}</source>
        <translation>城市：{0}</translation>
    </message>
    <message>
        <source>Side: {0} · time zone {1}</source>
        <translation>所屬地區：{0} · 時區 {1}</translation>
    </message>
    <message>
        <source>Position: {0}, {1}</source>
        <translation>位置：{0}, {1}</translation>
    </message>
    <message>
        <source>Capacity: {0}</source>
        <translation>容量：{0}</translation>
    </message>
    <message>
        <source>One booking at a time: the checks flag double bookings</source>
        <translation>同一時間只接受一項預訂：檢查會標示重複預訂</translation>
    </message>
    <message>
        <source>Create venue</source>
        <translation>新增場地</translation>
    </message>
    <message>
        <source>Edit venue</source>
        <translation>編輯場地</translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation>刪除場地</translation>
    </message>
    <message>
        <source>Delete “{0}”? Events and visits planned there keep it until you change them. You can undo this.</source>
        <translation>刪除「{0}」？在此舉行的活動及參觀會保留此場地，直至你作出更改。此操作可以復原。</translation>
    </message>
</context>
</TS>
