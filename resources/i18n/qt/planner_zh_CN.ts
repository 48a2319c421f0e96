<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message>
        <source>{0} session</source>
        <translation>{0}环节</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
</context>
<context>
    <name>AttendanceTime</name>
    <message>
        <source>When they arrived, on the event&apos;s clock ({0}): for example the time on the signed sheet</source>
        <translation>到达时间，按活动所在时区（{0}）：例如签到表上的时间</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>记录出席</translation>
    </message>
    <message>
        <source>This event is not on today. When did {0} arrive? (the event&apos;s time, {1})</source>
        <translation>此活动不在今天举行。{0}何时到达？（活动时间，{1}）</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
</context>
<context>
    <name>CalendarLayers</name>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Delegation visits</source>
        <translation>代表团参观</translation>
    </message>
    <message>
        <source>Travel steps</source>
        <translation>交通行程</translation>
    </message>
    <message>
        <source>Show or hide them; their colours: {0}</source>
        <translation>显示或隐藏；其颜色代表：{0}</translation>
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
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>议程(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>≈ approximate date</source>
        <translation>≈ 大约日期</translation>
    </message>
    <message>
        <source>Items marked ≈ (pale, with a dashed outline) have approximate dates, or only their month is known: they are drawn over the days they may fall on</source>
        <translation>标有 ≈ 的项目（浅色、虚线边框）日期为约数，或只知道月份：它们会横跨可能举行的日期显示</translation>
    </message>
    <message>
        <source>HK time</source>
        <translation>香港时间</translation>
    </message>
    <message>
        <source>Week, in Hong Kong time</source>
        <translation>一周（香港时间）</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>Check-in: {0}</source>
        <translation>签到：{0}</translation>
    </message>
    <message>
        <source>Name (English or Chinese), organisation, or scan a badge</source>
        <translation>姓名（英文或中文）、单位，或扫描胸卡</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Check &amp;in / out</source>
        <translation>签到/签退(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>现场报名(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Someone already in the database…</source>
        <translation>数据库中已有的人员(&amp;S)…</translation>
    </message>
    <message>
        <source>A &amp;new person…</source>
        <translation>新人员(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>This event is not on today: attendance is recorded at</source>
        <translation>此活动不在今天举行：出席记录时间为</translation>
    </message>
    <message>
        <source>(the event&apos;s time, {0})</source>
        <translation>（活动时间，{0}）</translation>
    </message>
    <message>
        <source>Nobody found for “{0}”.</source>
        <translation>未找到“{0}”。</translation>
    </message>
    <message>
        <source>{0} found: choose one and press Enter.</source>
        <translation>找到 {0} 人：请选择一人后按 Enter。</translation>
    </message>
    <message>
        <source>in {0}, out {1}</source>
        <translation>{0} 签到，{1} 签退</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>{0} 签到</translation>
    </message>
    <message>
        <source>Check out {0}</source>
        <translation>{0} 签退</translation>
    </message>
    <message>
        <source>Check in {0}</source>
        <translation>{0} 签到</translation>
    </message>
    <message>
        <source>✔ {0} checked in at {1}</source>
        <translation>✔ {0} 已于 {1} 签到</translation>
    </message>
    <message>
        <source>{0} checked out at {1}</source>
        <translation>{0} 已于 {1} 签退</translation>
    </message>
    <message>
        <source>{0}: {1} registered · {2} checked in that day · {3} present · {4} walk-ins</source>
        <translation>{0}：已报名 {1} 人 · 当天已签到 {2} 人 · 在场 {3} 人 · 现场报名 {4} 人</translation>
    </message>
    <message>
        <source>{0}: {1} registered · {2} checked in today · {3} present · {4} walk-ins</source>
        <translation>{0}：已报名 {1} 人 · 今天已签到 {2} 人 · 在场 {3} 人 · 现场报名 {4} 人</translation>
    </message>
    <message>
        <source>Check in walk-in</source>
        <translation>现场报名人员签到</translation>
    </message>
    <message>
        <source>Register walk-in</source>
        <translation>现场报名</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>立即检查(&amp;N)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>Checking the whole programme takes {0:.1f} s: press Check now.</source>
        <translation>检查整个计划需要 {0:.1f} 秒：请按“立即检查”。</translation>
    </message>
    <message>
        <source>{0} events and visits: press Check now to check the whole programme.</source>
        <translation>共 {0} 项活动及行程：按“立即检查”检查整个计划。</translation>
    </message>
    <message>
        <source>the whole programme</source>
        <translation>整个计划</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>所选项目</translation>
    </message>
    <message>
        <source>{0}, {1} in {2}</source>
        <translation>{2}：{0}、{1}</translation>
    </message>
    <message>
        <source>{0} error</source>
        <translation>{0} 个错误</translation>
    </message>
    <message>
        <source>{0} errors</source>
        <translation>{0} 个错误</translation>
    </message>
    <message>
        <source>{0} warning</source>
        <translation>{0} 个警告</translation>
    </message>
    <message>
        <source>{0} warnings</source>
        <translation>{0} 个警告</translation>
    </message>
    <message>
        <source>(the first {0} are listed)</source>
        <translation>（列出前 {0} 项）</translation>
    </message>
    <message>
        <source>No problems found in {0}.</source>
        <translation>{0}未发现问题。</translation>
    </message>
</context>
<context>
    <name>ConfirmDiscard</name>
    <message>
        <source>Discard changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <source>{0} are saved only when you press OK. Close without saving them?</source>
        <translation>{0}要点击“确定”才会保存。要关闭而不保存吗？</translation>
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
        <translation>要联系的人（必填）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>With the country code, e.g. +852 2961 6901</source>
        <translation>含国家或地区代码，例如 +852 2961 6901</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>e.g. liaison officer, team leader, hotel desk</source>
        <translation>例如联络员、领队、酒店前台</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>服务器密码</translation>
    </message>
    <message>
        <source>Password for {0}:</source>
        <translation>{0} 的密码：</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>打开中</translation>
    </message>
</context>
<context>
    <name>DayPopup</name>
    <message>
        <source>Items on this day</source>
        <translation>当天的项目</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>双击或按 Enter 键打开</translation>
    </message>
    <message>
        <source>Show in &amp;week</source>
        <translation>在周视图显示(&amp;W)</translation>
    </message>
    <message>
        <source>Show this day in the week view</source>
        <translation>在周视图显示这一天</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an event on this day</source>
        <translation>在这一天新建活动</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>New delegation</source>
        <translation>新建代表团</translation>
    </message>
    <message>
        <source>Edit delegation</source>
        <translation>编辑代表团</translation>
    </message>
    <message>
        <source>Dele&amp;gation</source>
        <translation>代表团(&amp;G)</translation>
    </message>
    <message>
        <source>Emergency c&amp;ontacts</source>
        <translation>紧急联系人(&amp;O)</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>英文名称(&amp;E)</translation>
    </message>
    <message>
        <source>Name (&amp;Traditional Chinese)</source>
        <translation>繁体中文名称(&amp;T)</translation>
    </message>
    <message>
        <source>Name (Si&amp;mplified Chinese)</source>
        <translation>简体中文名称(&amp;M)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Leading organisation</source>
        <translation>牵头单位(&amp;L)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>出发地(&amp;F)</translation>
    </message>
    <message>
        <source>From &amp;city</source>
        <translation>出发城市(&amp;C)</translation>
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
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Co-operation &amp;item</source>
        <translation>合作项目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>Organiser staff to call during the trip, in the order the itinerary prints them. Type in the table; the changes are saved with the delegation when you press OK.</source>
        <translation>行程期间可联系的主办单位工作人员，按行程表打印的顺序排列。请直接在表内输入；点击“确定”时，更改会与代表团一起保存。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a contact at the end</source>
        <translation>在列表末尾添加联系人</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Take the chosen contact off the list (on OK)</source>
        <translation>从列表移除所选联系人（点击“确定”时生效）</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Print the chosen contact earlier</source>
        <translation>将所选联系人排前打印</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Print the chosen contact later</source>
        <translation>将所选联系人排后打印</translation>
    </message>
    <message>
        <source>Contact {0}: {1}</source>
        <translation>联系人 {0}：{1}</translation>
    </message>
    <message>
        <source>The changes to the emergency contacts</source>
        <translation>紧急联系人的更改</translation>
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
        <translation>名称</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出发地</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员人数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>DelegationsView</name>
    <message>
        <source>Filter delegations…</source>
        <translation>筛选代表团…</translation>
    </message>
    <message>
        <source>Filter delegations</source>
        <translation>筛选代表团</translation>
    </message>
    <message>
        <source>Show the delegations whose name, places or lead contain these words</source>
        <translation>显示名称、地点或带队人包含这些字词的代表团</translation>
    </message>
    <message>
        <source>Itinerary timeline</source>
        <translation>行程时间线</translation>
    </message>
    <message>
        <source>&amp;Itinerary</source>
        <translation>行程(&amp;I)</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>时间轴(&amp;M)</translation>
    </message>
    <message>
        <source>Mem&amp;bers</source>
        <translation>成员(&amp;B)</translation>
    </message>
    <message>
        <source>{0} delegation</source>
        <translation>{0} 个代表团</translation>
    </message>
    <message>
        <source>{0} delegations</source>
        <translation>{0} 个代表团</translation>
    </message>
    <message>
        <source>{0} of {1} delegation</source>
        <translation>{1} 个代表团中的 {0} 个</translation>
    </message>
    <message>
        <source>{0} of {1} delegations</source>
        <translation>{1} 个代表团中的 {0} 个</translation>
    </message>
    <message>
        <source>New &amp;delegation…</source>
        <translation>新建代表团(&amp;D)…</translation>
    </message>
    <message>
        <source>Plan a new delegation visit</source>
        <translation>筹划新的代表团访问</translation>
    </message>
    <message>
        <source>{0} member</source>
        <translation>成员 {0} 人</translation>
    </message>
    <message>
        <source>{0} members</source>
        <translation>成员 {0} 人</translation>
    </message>
    <message>
        <source>{0}
{1} · led by {2} · {3}
Emergency contacts: {4}</source>
        <translation>{0}
{1} · 由{2}带队 · {3}
紧急联系人：{4}</translation>
    </message>
    <message>
        <source>Create delegation</source>
        <translation>新建代表团</translation>
    </message>
    <message>
        <source>Edit delegation</source>
        <translation>编辑代表团</translation>
    </message>
    <message>
        <source>Delete delegation</source>
        <translation>删除代表团</translation>
    </message>
    <message>
        <source>Delete “{0}” with its itinerary and members? You can undo this.</source>
        <translation>删除“{0}”及其行程和成员？此操作可以撤销。</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something went wrong</source>
        <translation>出现错误</translation>
    </message>
    <message>
        <source>The operation failed: {0}</source>
        <translation>操作失败：{0}</translation>
    </message>
</context>
<context>
    <name>DocumentNames</name>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Programme calendar</source>
        <translation>计划日历</translation>
    </message>
</context>
<context>
    <name>DocumentReady</name>
    <message>
        <source>{0} is ready ({1:,} bytes).</source>
        <translation>{0} 已准备好（{1:,} 字节）。</translation>
    </message>
    <message>
        <source>&amp;Open in another application</source>
        <translation>用其他应用程序打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open a temporary copy in the system&apos;s PDF viewer</source>
        <translation>在系统的 PDF 查看器中打开临时副本</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print on a printer of this computer</source>
        <translation>用这台电脑的打印机打印</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>没有 PDF 查看器</translation>
    </message>
    <message>
        <source>This computer has no application that opens PDF files. The document is shown here; Print or Save as… work without one.</source>
        <translation>这台电脑没有可以打开 PDF 文件的应用程序。文件已在此显示；“打印”或“另存为…”无需查看器也能使用。</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未能打印</translation>
    </message>
    <message>
        <source>The document could not be printed: {0}</source>
        <translation>未能打印文件：{0}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
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
        <translation>……另有 {0} 项（见“检查”）</translation>
    </message>
    <message>
        <source>Dropped here:</source>
        <translation>若放在这里：</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>重新加载对方的版本(&amp;R)</translation>
    </message>
    <message>
        <source>O&amp;verwrite with mine</source>
        <translation>用我的版本覆盖(&amp;V)</translation>
    </message>
    <message>
        <source>{0}: theirs “{1}”, yours “{2}”</source>
        <translation>{0}：对方为“{1}”，您的为“{2}”</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>活动(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Organisers</source>
        <translation>主办单位(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>环节(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>Title (&amp;English)</source>
        <translation>英文名称(&amp;E)</translation>
    </message>
    <message>
        <source>Title (&amp;Traditional Chinese)</source>
        <translation>繁体中文名称(&amp;T)</translation>
    </message>
    <message>
        <source>Title (Si&amp;mplified Chinese)</source>
        <translation>简体中文名称(&amp;M)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>地点(&amp;V)</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>状态(&amp;U)</translation>
    </message>
    <message>
        <source>Choosing a venue sets the time zone to the venue&apos;s</source>
        <translation>选择地点后，时区会改为该地点的时区</translation>
    </message>
    <message>
        <source>Co-operation &amp;item</source>
        <translation>合作项目(&amp;I)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>名额(&amp;C)</translation>
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
        <translation>不会出现在日历、订阅日历或共享名单中</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>简介(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>The changes to the sessions</source>
        <translation>环节的更改</translation>
    </message>
    <message>
        <source>&amp;Sessions ({0})</source>
        <translation>环节(&amp;S)（{0}）</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>seminar</source>
        <translation>研讨会</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>论坛</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>博览会</translation>
    </message>
    <message>
        <source>exchange visit</source>
        <translation>交流访问</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>competition</source>
        <translation>比赛</translation>
    </message>
    <message>
        <source>examination</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>ceremony</source>
        <translation>典礼</translation>
    </message>
    <message>
        <source>enforcement operation</source>
        <translation>执法行动</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>另一语言名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>合作项目</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>Filter by title, venue…</source>
        <translation>按名称、地点等筛选…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>Any item</source>
        <translation>任何合作项目</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>筛选活动</translation>
    </message>
    <message>
        <source>Show the events whose title, venue or other details contain these words (English or Chinese)</source>
        <translation>显示标题、场地或其他资料包含这些字词的活动（英文或中文）</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>活动类别</translation>
    </message>
    <message>
        <source>Status of event</source>
        <translation>活动状态</translation>
    </message>
    <message>
        <source>Co-operation item</source>
        <translation>合作项目</translation>
    </message>
    <message>
        <source>Show the events of one co-operation item</source>
        <translation>显示某一合作项目的活动</translation>
    </message>
    <message>
        <source>Show only the events between these dates</source>
        <translation>只显示这两个日期之间的活动</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>First day shown (with Dates ticked)</source>
        <translation>显示的第一天（须勾选“日期”）</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Last day shown (with Dates ticked)</source>
        <translation>显示的最后一天（须勾选“日期”）</translation>
    </message>
    <message>
        <source>{0} event</source>
        <translation>{0} 个活动</translation>
    </message>
    <message>
        <source>{0} events</source>
        <translation>{0} 个活动</translation>
    </message>
    <message>
        <source>{0} of {1} event</source>
        <translation>{1} 个活动中的 {0} 个</translation>
    </message>
    <message>
        <source>{0} of {1} events</source>
        <translation>{1} 个活动中的 {0} 个</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete “{0}” and its participant list? You can undo this.</source>
        <translation>删除“{0}”及其参会人员名单？此操作可以撤销。</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Whole programme as a &amp;calendar (.ics)…</source>
        <translation>整个计划的日历(&amp;C)（.ics）…</translation>
    </message>
    <message>
        <source>&amp;Selected item as a calendar (.ics)…</source>
        <translation>所选项目的日历(&amp;S)（.ics）…</translation>
    </message>
    <message>
        <source>&amp;Calendar file (.ics)…</source>
        <translation>日历文件(&amp;C)（.ics）…</translation>
    </message>
    <message>
        <source>&amp;Participants (Excel/CSV)…</source>
        <translation>参会人员名单 (Excel/CSV)(&amp;P)…</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>正在准备文件…</translation>
    </message>
    <message>
        <source>There are no co-operation items yet: the report lists a year&apos;s items.</source>
        <translation>暂时还没有合作项目：报告列出某一年度的项目。</translation>
    </message>
    <message>
        <source>Preparing the calendar…</source>
        <translation>正在准备日历…</translation>
    </message>
    <message>
        <source>Import a calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Calendar imported</source>
        <translation>已导入日历</translation>
    </message>
    <message>
        <source>{0}: {1} created, {2} updated, {3} unchanged, {4} cancelled. Edit &gt; Undo takes the import back.</source>
        <translation>{0}：新增 {1} 项、更新 {2} 项、未变 {3} 项、取消 {4} 项。“编辑 &gt; 撤销”可撤回本次导入。</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <source>Reading the calendar…</source>
        <translation>正在读取日历…</translation>
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
        <translation>代表团</translation>
    </message>
    <message>
        <source>exchange programme</source>
        <translation>交流计划</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>person</source>
        <translation>个人</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>New feed for the selected &amp;delegation</source>
        <translation>为所选代表团新建订阅(&amp;D)</translation>
    </message>
    <message>
        <source>New feed for the selected &amp;exchange programme</source>
        <translation>为所选交流计划新建订阅(&amp;E)</translation>
    </message>
    <message>
        <source>New feed for the selected &amp;organisation</source>
        <translation>为所选机构新建订阅(&amp;O)</translation>
    </message>
    <message>
        <source>New feed for the selected &amp;person</source>
        <translation>为所选人员新建订阅(&amp;P)</translation>
    </message>
    <message>
        <source>A feed link works like a password: anyone who has it can read the calendar, without signing in. Share it only with its audience, and rotate or revoke it if it reaches anyone else. Calendar apps fetch subscribed feeds on their own schedule (Google Calendar only every several hours), so changes take a while to appear there.</source>
        <translation>订阅链接相当于密码：任何持有链接的人无需登录即可查看日历。只与相关对象分享；如链接外泄，请更换或撤销。日历应用按各自的时间表刷新订阅（Google 日历每隔数小时才刷新一次），因此变更需要一段时间才会显示。</translation>
    </message>
    <message>
        <source>&lt;b&gt;To subscribe&lt;/b&gt;, copy a link, then:&lt;br&gt;&lt;b&gt;Outlook&lt;/b&gt;: Calendar, Add calendar, Subscribe from web (classic Outlook: Add Calendar, From Internet); paste the web link, Import.&lt;br&gt;&lt;b&gt;Google Calendar&lt;/b&gt; (in a web browser): Other calendars, +, From URL; paste the web link, Add calendar.&lt;br&gt;&lt;b&gt;Apple Calendar&lt;/b&gt;: File, New Calendar Subscription; paste the subscribe link, Subscribe (on an iPhone, tap the subscribe link).&lt;br&gt;Do not download the file and import it: that copies the events once and never updates.</source>
        <translation>&lt;b&gt;订阅方法&lt;/b&gt;：先复制链接，然后：&lt;br&gt;&lt;b&gt;Outlook&lt;/b&gt;：“日历”→“添加日历”→“从 Web 订阅”（经典版 Outlook：“添加日历”→“从 Internet”）；粘贴网页链接，点“导入”。&lt;br&gt;&lt;b&gt;Google 日历&lt;/b&gt;（在网页浏览器中）：“其他日历”→“+”→“通过网址添加”；粘贴网页链接，点“添加日历”。&lt;br&gt;&lt;b&gt;Apple 日历&lt;/b&gt;：“文件”→“新建日历订阅”；粘贴订阅链接，点“订阅”（在 iPhone 上，轻点订阅链接即可）。&lt;br&gt;请勿下载文件再导入：那样只会复制一次活动，以后不会更新。</translation>
    </message>
    <message>
        <source>Calendar feeds</source>
        <translation>日历订阅</translation>
    </message>
    <message>
        <source>Web link:</source>
        <translation>网页链接：</translation>
    </message>
    <message>
        <source>Copy &amp;web link</source>
        <translation>复制网页链接(&amp;W)</translation>
    </message>
    <message>
        <source>Subscribe link:</source>
        <translation>订阅链接：</translation>
    </message>
    <message>
        <source>Copy &amp;subscribe link</source>
        <translation>复制订阅链接(&amp;S)</translation>
    </message>
    <message>
        <source>Name shown in calendar apps (optional)</source>
        <translation>在日历应用中显示的名称（选填）</translation>
    </message>
    <message>
        <source>New feed for the &amp;whole programme</source>
        <translation>为整个计划新建订阅(&amp;W)</translation>
    </message>
    <message>
        <source>New feed for the selection</source>
        <translation>为所选项目新建订阅</translation>
    </message>
    <message>
        <source>Select a delegation, exchange programme, organisation or person in the main window first.</source>
        <translation>请先在主窗口选择代表团、交流计划、机构或人员。</translation>
    </message>
    <message>
        <source>&amp;Rotate link…</source>
        <translation>更换链接(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>撤销(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Enable again</source>
        <translation>重新启用(&amp;E)</translation>
    </message>
    <message>
        <source>Link copied. Treat it like a password.</source>
        <translation>已复制链接。请像密码一样妥善保管。</translation>
    </message>
    <message>
        <source>New calendar feed</source>
        <translation>新建日历订阅</translation>
    </message>
    <message>
        <source>Rotate link</source>
        <translation>更换链接</translation>
    </message>
    <message>
        <source>Give this feed a new link? The old link stops working, and everyone subscribed must subscribe again with the new one.</source>
        <translation>为此订阅更换新链接？旧链接将失效，所有订阅者须用新链接重新订阅。</translation>
    </message>
    <message>
        <source>Rotate feed link</source>
        <translation>更换订阅链接</translation>
    </message>
    <message>
        <source>Revoke feed</source>
        <translation>撤销订阅</translation>
    </message>
    <message>
        <source>Revoke this feed? Its link stops working for everyone.</source>
        <translation>撤销此订阅？其链接将对所有人失效。</translation>
    </message>
    <message>
        <source>Enable feed</source>
        <translation>启用订阅</translation>
    </message>
    <message>
        <source>Publish feeds to a folder</source>
        <translation>将订阅源发布到文件夹</translation>
    </message>
    <message>
        <source>Feeds published</source>
        <translation>订阅源已发布</translation>
    </message>
    <message>
        <source>Published into {0}: {1} written, {2} unchanged, {3} removed, {4} skipped. Upload the folder&apos;s .ics files to the feeds&apos; address.</source>
        <translation>已发布到 {0}：写入 {1} 个，未变 {2} 个，删除 {3} 个，跳过 {4} 个。请将文件夹中的 .ics 文件上传到订阅源的地址。</translation>
    </message>
    <message>
        <source>Publishing feeds…</source>
        <translation>正在发布订阅源…</translation>
    </message>
</context>
<context>
    <name>FeedsModel</name>
    <message>
        <source>Whole programme</source>
        <translation>整个计划</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Exchange programme</source>
        <translation>交流计划</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Not a working link yet: the feeds&apos; address is still the example one. Set the real one in Edit &gt; Preferences.</source>
        <translation>此链接尚不可用：订阅源地址仍是示例地址。请在“编辑”&gt;“首选项”中设置实际地址。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>涵盖</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
</context>
<context>
    <name>FigureUnit</name>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人数</translation>
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
        <translation>Planner 用户指南</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>搜索指南</translation>
    </message>
    <message>
        <source>Pages holding these words are listed; Enter goes to the next place they appear</source>
        <translation>列出包含这些字词的页面；按 Enter 跳到下一处出现的位置</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Found on 1 page</source>
        <translation>在 1 页找到</translation>
    </message>
    <message>
        <source>Found on {0} pages</source>
        <translation>在 {0} 页找到</translation>
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
        <translation>合并</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
</context>
<context>
    <name>ImportDuplicates</name>
    <message>
        <source>Merge with the existing person</source>
        <translation>与现有人员合并</translation>
    </message>
    <message>
        <source>Keep both (create another person)</source>
        <translation>两者都保留（另建一人）</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>跳过该行</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Name (either language)</source>
        <translation>姓名（任一语言）</translation>
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
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>饮食需求</translation>
    </message>
    <message>
        <source>Access needs</source>
        <translation>无障碍需求</translation>
    </message>
    <message>
        <source>Minor (yes/no)</source>
        <translation>未成年（是/否）</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>监护人姓名</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>监护人电话</translation>
    </message>
    <message>
        <source>Guardian&apos;s e-mail</source>
        <translation>监护人电子邮箱</translation>
    </message>
    <message>
        <source>Guardian&apos;s relationship</source>
        <translation>与监护人关系</translation>
    </message>
    <message>
        <source>Guardian&apos;s consent</source>
        <translation>监护人同意</translation>
    </message>
    <message>
        <source>Language for messages</source>
        <translation>通讯语言</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>报名状态</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>报名时间</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import participants</source>
        <translation>导入参会人员</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import participants: {0}</source>
        <translation>导入参会人员：{0}</translation>
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
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Heading row:</source>
        <translation>标题行(&amp;H)：</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几项数值</translation>
    </message>
    <message>
        <source>&amp;Strict: refuse the whole file if any row is invalid</source>
        <translation>严格(&amp;S)：任一行无效即拒绝整个文件</translation>
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
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>People already in the database: </source>
        <translation>数据库中已有的人员：</translation>
    </message>
    <message>
        <source>The list has not been imported. Close without importing?</source>
        <translation>名单尚未导入。不导入并关闭？</translation>
    </message>
    <message>
        <source>Format: {0}</source>
        <translation>格式：{0}</translation>
    </message>
    <message>
        <source>Encoding: {0}</source>
        <translation>编码：{0}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
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
        <translation>按标题建议</translation>
    </message>
    <message>
        <source>remembered from an earlier import of this layout</source>
        <translation>沿用上次导入同一格式时的设置</translation>
    </message>
    <message>
        <source>as given</source>
        <translation>按指定</translation>
    </message>
    <message>
        <source>Choose what each column holds (mapping {0}).</source>
        <translation>请选择每一列的内容（对应方式：{0}）。</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <source>{0} rows: {1} new, {2} merged, {3} skipped, {4} invalid; {5} to be listed ({6} on the waiting list), {7} new organisations.</source>
        <translation>{0} 行：新增 {1}、合并 {2}、跳过 {3}、无效 {4}；列入名单 {5} 人（候补 {6} 人），新单位 {7} 个。</translation>
    </message>
    <message>
        <source>1 row is imported without its e-mail address, which is not valid (see Details).</source>
        <translation>有 1 行的电子邮件地址无效，该行将不含电子邮件地址导入（见“详情”）。</translation>
    </message>
    <message>
        <source>{0} rows are imported without their e-mail addresses, which are not valid (see Details).</source>
        <translation>有 {0} 行的电子邮件地址无效，这些行将不含电子邮件地址导入（见“详情”）。</translation>
    </message>
    <message>
        <source>Imported: {0} new people, {1} merged, {2} listed, {3} rows left out. Edit &gt; Undo takes the whole import back.</source>
        <translation>已导入：新增 {0} 人、合并 {1} 人、列入名单 {2} 人，略去 {3} 行。“编辑 &gt; 撤销”可撤回整次导入。</translation>
    </message>
    <message>
        <source>{0} (new)</source>
        <translation>{0}（新建）</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>New co-operation item</source>
        <translation>新建合作项目</translation>
    </message>
    <message>
        <source>Edit co-operation item</source>
        <translation>编辑合作项目</translation>
    </message>
    <message>
        <source>Programme &amp;year</source>
        <translation>计划年度(&amp;Y)</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>编号(&amp;U)</translation>
    </message>
    <message>
        <source>Items are numbered 1, 2, 3… within a year</source>
        <translation>每个年度内的项目依次编号为 1、2、3…</translation>
    </message>
    <message>
        <source>Title (&amp;English)</source>
        <translation>英文名称(&amp;E)</translation>
    </message>
    <message>
        <source>Title (&amp;Traditional Chinese)</source>
        <translation>繁体中文名称(&amp;T)</translation>
    </message>
    <message>
        <source>Title (Si&amp;mplified Chinese)</source>
        <translation>简体中文名称(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New this year</source>
        <translation>本年度新项目(&amp;N)</translation>
    </message>
    <message>
        <source>The item is carried out for the first time this year (the report lists the new items)</source>
        <translation>该项目于本年度首次开展（报告会列出新项目）</translation>
    </message>
    <message>
        <source>&amp;Lead organisations</source>
        <translation>牵头单位(&amp;L)</translation>
    </message>
    <message>
        <source>Narrati&amp;ve</source>
        <translation>概述(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>数据(&amp;F)</translation>
    </message>
    <message>
        <source>The programme year, written like 2017-18; choose one or type another</source>
        <translation>计划年度，格式如 2017-18；可从列表选择或自行输入</translation>
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
        <translation>牵头开展该项目的单位，按报告列出的顺序排列</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the chosen organisation as the last lead</source>
        <translation>把所选单位添加为最后一个牵头单位</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Label (Traditional)</source>
        <translation>繁体中文名称</translation>
    </message>
    <message>
        <source>Label (Simplified)</source>
        <translation>简体中文名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Figures the report gives for the item, such as the number of participants</source>
        <translation>报告就该项目列出的数据，例如参加人数</translation>
    </message>
    <message>
        <source>Add f&amp;igure</source>
        <translation>添加数据(&amp;I)</translation>
    </message>
    <message>
        <source>Remove fi&amp;gure</source>
        <translation>移除数据(&amp;G)</translation>
    </message>
    <message>
        <source>The changes to the lead organisations and figures</source>
        <translation>牵头单位及数据的更改</translation>
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
        <translation>编号</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新项目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>牵头单位</translation>
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
        <translation>只显示某一计划年度的项目</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>New &amp;item…</source>
        <translation>新建合作项目(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a co-operation item to a programme year</source>
        <translation>在计划年度中新建一个合作项目</translation>
    </message>
    <message>
        <source>Start &amp;next year…</source>
        <translation>开始下一年度(&amp;N)…</translation>
    </message>
    <message>
        <source>Copy a year&apos;s items, with their numbers, titles and leads, into the year after it</source>
        <translation>把某一年度的项目连同编号、名称及牵头单位复制到下一年度</translation>
    </message>
    <message>
        <source>{0} item</source>
        <translation>{0} 个项目</translation>
    </message>
    <message>
        <source>{0} items</source>
        <translation>{0} 个项目</translation>
    </message>
    <message>
        <source>{0} of {1} item</source>
        <translation>{1} 个项目中的 {0} 个</translation>
    </message>
    <message>
        <source>{0} of {1} items</source>
        <translation>{1} 个项目中的 {0} 个</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>所有年度</translation>
    </message>
    <message>
        <source>Led by {0}</source>
        <translation>牵头单位：{0}</translation>
    </message>
    <message>
        <source>Create co-operation item</source>
        <translation>新建合作项目</translation>
    </message>
    <message>
        <source>Edit co-operation item</source>
        <translation>编辑合作项目</translation>
    </message>
    <message>
        <source>Delete co-operation item</source>
        <translation>删除合作项目</translation>
    </message>
    <message>
        <source>Delete item {0} of {1}, “{2}”? You can undo this while no other item of the year has taken its number.</source>
        <translation>删除{1}年度第 {0} 项“{2}”？在同一年度没有其他项目使用其编号前，你可以撤销。</translation>
    </message>
    <message>
        <source>Start {0}</source>
        <translation>开始 {0} 年度</translation>
    </message>
</context>
<context>
    <name>ItineraryItemDialog</name>
    <message>
        <source>New itinerary item</source>
        <translation>新建行程项目</translation>
    </message>
    <message>
        <source>Edit itinerary item</source>
        <translation>编辑行程项目</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>Activity (&amp;English)</source>
        <translation>英文活动名称(&amp;E)</translation>
    </message>
    <message>
        <source>Activity (&amp;Traditional Chinese)</source>
        <translation>繁体中文活动名称(&amp;T)</translation>
    </message>
    <message>
        <source>Activity (Si&amp;mplified Chinese)</source>
        <translation>简体中文活动名称(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>地点(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>接待单位(&amp;H)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>Control &amp;point</source>
        <translation>口岸(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ItineraryKind</name>
    <message>
        <source>visit</source>
        <translation>参观</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>meal</source>
        <translation>用餐</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>boundary crossing</source>
        <translation>通关</translation>
    </message>
    <message>
        <source>hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <source>free time</source>
        <translation>自由活动</translation>
    </message>
</context>
<context>
    <name>ItineraryModel</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>接待单位</translation>
    </message>
    <message>
        <source>Control point</source>
        <translation>口岸</translation>
    </message>
</context>
<context>
    <name>ItineraryPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
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
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Add itinerary item</source>
        <translation>添加行程项目</translation>
    </message>
    <message>
        <source>Edit itinerary item</source>
        <translation>编辑行程项目</translation>
    </message>
    <message>
        <source>Duplicate itinerary item</source>
        <translation>复制行程项目</translation>
    </message>
    <message>
        <source>Move itinerary item</source>
        <translation>移动行程项目</translation>
    </message>
    <message>
        <source>Delete itinerary item</source>
        <translation>删除行程项目</translation>
    </message>
    <message>
        <source>Delete “{0}”? You can undo this.</source>
        <translation>删除“{0}”？此操作可以撤销。</translation>
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
        <translation>筛选…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>筛选列表</translation>
    </message>
    <message>
        <source>Show the rows that contain these words (English or Chinese)</source>
        <translation>显示包含这些字词的数据行（英文或中文）</translation>
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
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected to the server</source>
        <translation>已连接到服务器</translation>
    </message>
    <message>
        <source>Connection lost — retrying…</source>
        <translation>连接中断 — 正在重试…</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <source>Send &amp;itinerary to the members…</source>
        <translation>向团员发送行程(&amp;I)…</translation>
    </message>
    <message>
        <source>Send &amp;confirmations and invitations…</source>
        <translation>发送确认及邀请(&amp;C)…</translation>
    </message>
    <message>
        <source>Send &amp;reminders…</source>
        <translation>发送提醒(&amp;R)…</translation>
    </message>
    <message>
        <source>Send &amp;updates and cancellations…</source>
        <translation>发送变更及取消通知(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>发件箱(&amp;O)…</translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation>邮件模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Preparing the messages…</source>
        <translation>正在准备邮件…</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>没有要发送的邮件</translation>
    </message>
    <message>
        <source>Nothing has changed since the last sending; there is nobody to write to.</source>
        <translation>自上次发送后没有任何变更，没有需要通知的人。</translation>
    </message>
    <message>
        <source>{0} queued; sending in the background</source>
        <translation>{0}已加入待发，正在后台发送</translation>
    </message>
    <message>
        <source>E-mail: {0} sent, {1} failed</source>
        <translation>电子邮件：已发送 {0} 封，失败 {1} 封</translation>
    </message>
    <message>
        <source>Messages still to send</source>
        <translation>仍有邮件待发</translation>
    </message>
    <message>
        <source>{0} still waiting to be sent. Wait until they have gone? The window closes by itself when they have. (If you close now, they stay in the outbox and go the next time Planner sends mail.)</source>
        <translation>{0}仍在等待发送。要等到发出后才关闭吗？发出后窗口会自动关闭。（如现在关闭，邮件会留在发件箱，下次 Planner 发送邮件时才发出。）</translation>
    </message>
</context>
<context>
    <name>MailPreview</name>
    <message>
        <source>1 message</source>
        <translation>1 封邮件</translation>
    </message>
    <message>
        <source>{0} messages</source>
        <translation>{0} 封邮件</translation>
    </message>
    <message>
        <source>Preview before sending</source>
        <translation>发送前预览</translation>
    </message>
    <message>
        <source>{0} to send: one message per recipient, nobody sees another&apos;s address.</source>
        <translation>共 {0}待发：每位收件人一封，彼此看不到对方的地址。</translation>
    </message>
    <message>
        <source>&amp;Queue {0}</source>
        <translation>加入待发：{0}(&amp;Q)</translation>
    </message>
    <message>
        <source>Put the messages in the outbox; they are sent in the background.</source>
        <translation>把邮件放入发件箱，在后台发送。</translation>
    </message>
    <message>
        <source>(to the guardian)</source>
        <translation>（发给监护人）</translation>
    </message>
    <message>
        <source>Not sent to:</source>
        <translation>不会发给：</translation>
    </message>
    <message>
        <source>To: {0}</source>
        <translation>收件人：{0}</translation>
    </message>
    <message>
        <source>Subject: {0}</source>
        <translation>主题：{0}</translation>
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
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>None (a relay on the local network only)</source>
        <translation>无（仅限本地网络的中继服务器）</translation>
    </message>
    <message>
        <source>kept in the system&apos;s keyring</source>
        <translation>保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Mail &amp;server</source>
        <translation>邮件服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>连接安全(&amp;E)</translation>
    </message>
    <message>
        <source>Log&amp;in</source>
        <translation>登录名(&amp;I)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;address</source>
        <translation>发件人地址(&amp;A)</translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;name</source>
        <translation>发件人名称(&amp;N)</translation>
    </message>
    <message>
        <source>Reply-&amp;to</source>
        <translation>回复地址(&amp;T)</translation>
    </message>
    <message>
        <source>stored in the keyring (type to change)</source>
        <translation>已保存在密钥环中（输入新密码以更改）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exported {0} rows to {1}</source>
        <translation>已导出 {0} 行到 {1}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Planner — {0}</source>
        <translation>Planner — {0}</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Current table as &amp;CSV…</source>
        <translation>当前表格（CSV 格式）(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>撤销“{0}”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>重做“{0}”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>连接到服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Calendar &amp;feeds…</source>
        <translation>日历订阅(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Publish feeds to a folder…</source>
        <translation>将订阅源发布到文件夹(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>搜索全部(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>议程(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About Planner</source>
        <translation>关于 Planner(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Create a record in this section (an event, a delegation, a person…)</source>
        <translation>在此部分新建记录（活动、代表团、人员…）</translation>
    </message>
    <message>
        <source>Open the selected record in its editor</source>
        <translation>在编辑器中打开所选记录</translation>
    </message>
    <message>
        <source>Delete the selected record (you can undo this)</source>
        <translation>删除所选记录（可撤销）</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <translation>撤销上一次更改</translation>
    </message>
    <message>
        <source>Make the change you took back again</source>
        <translation>重做刚撤销的更改</translation>
    </message>
    <message>
        <source>Read this section again from the database</source>
        <translation>从数据库重新读取此部分</translation>
    </message>
    <message>
        <source>Save the table shown as a CSV file for a spreadsheet</source>
        <translation>把显示的表格保存为 CSV 文件，供电子表格使用</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>邮件(&amp;M)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Planner database (*.sqlite)</source>
        <translation>Planner 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Planner database (*.sqlite *.db);;All files (*)</source>
        <translation>Planner 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>此数据库还没有备份。</translation>
    </message>
    <message>
        <source>Backup to restore:</source>
        <translation>要恢复的备份：</translation>
    </message>
    <message>
        <source>Replace the current database with {0}? The current file is kept beside it.</source>
        <translation>用 {0} 替换当前数据库？当前文件会保留在同一文件夹中。</translation>
    </message>
    <message>
        <source>About Planner</source>
        <translation>关于 Planner</translation>
    </message>
    <message>
        <source>Planner {0}
Events, delegations and exchange programmes of the Guangdong / Hong Kong IP co-operation programme.</source>
        <translation>Planner {0}
粤港知识产权合作的活动、代表团和交流计划。</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Co-operation items</source>
        <translation>合作项目</translation>
    </message>
    <message>
        <source>Exchange programmes</source>
        <translation>交流计划</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <source>leader</source>
        <translation>团长</translation>
    </message>
    <message>
        <source>member</source>
        <translation>团员</translation>
    </message>
    <message>
        <source>liaison officer</source>
        <translation>联络员</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>chaperone</source>
        <translation>带队教师</translation>
    </message>
</context>
<context>
    <name>MemberStatus</name>
    <message>
        <source>invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
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
        <translation>团内职务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>未成年</translation>
    </message>
    <message>
        <source>Guardian consent</source>
        <translation>监护人同意</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Guardian &amp;consent</source>
        <translation>监护人同意(&amp;C)</translation>
    </message>
    <message>
        <source>A minor&apos;s guardian has agreed to the trip (Apply records it for the selected member)</source>
        <translation>未成年人的监护人已同意行程（按“应用”为所选成员记录）</translation>
    </message>
    <message>
        <source>Role of the member</source>
        <translation>成员身份</translation>
    </message>
    <message>
        <source>Leader, member, chaperone…: Apply gives it to the selected member; Add uses it for new ones</source>
        <translation>团长、团员、陪同…：按“应用”设置所选成员；添加时也采用此身份</translation>
    </message>
    <message>
        <source>Status of the member</source>
        <translation>成员状态</translation>
    </message>
    <message>
        <source>Apply gives it to the selected member</source>
        <translation>按“应用”设置所选成员</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a person from the address book to this delegation</source>
        <translation>从通讯录选人加入此代表团</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <source>Give the selected member the role, status and consent chosen on the left</source>
        <translation>把左边选定的身份、状态和同意应用到所选成员</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Take the selected member off the delegation (you can undo this)</source>
        <translation>把所选成员从代表团移除（可撤销）</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>导入(&amp;M)…</translation>
    </message>
    <message>
        <source>Add members from an Excel or CSV list</source>
        <translation>从电子表格或 CSV 名单添加成员</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Change member</source>
        <translation>修改成员</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成员</translation>
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
        <translation>按“年-月-日”输入日期或在日历中选择；按 Delete 键清除</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>英文名称(&amp;E)</translation>
    </message>
    <message>
        <source>Name (&amp;Traditional Chinese)</source>
        <translation>繁体中文名称(&amp;T)</translation>
    </message>
    <message>
        <source>Name (Si&amp;mplified Chinese)</source>
        <translation>简体中文名称(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Also known as</source>
        <translation>其他名称(&amp;A)</translation>
    </message>
    <message>
        <source>Other names or abbreviations, comma separated</source>
        <translation>其他名称或简称，以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Side</source>
        <translation>所属地区(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
</context>
<context>
    <name>OrganisationKind</name>
    <message>
        <source>government</source>
        <translation>政府部门</translation>
    </message>
    <message>
        <source>trade body</source>
        <translation>行业协会</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>school</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>university</source>
        <translation>高校</translation>
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
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>另一语言名称</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>其他名称</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>New &amp;organisation…</source>
        <translation>新建机构(&amp;O)…</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <source>{0} organisation</source>
        <translation>{0} 个机构</translation>
    </message>
    <message>
        <source>{0} organisations</source>
        <translation>{0} 个机构</translation>
    </message>
    <message>
        <source>{0} of {1} organisation</source>
        <translation>{1} 个机构中的 {0} 个</translation>
    </message>
    <message>
        <source>{0} of {1} organisations</source>
        <translation>{1} 个机构中的 {0} 个</translation>
    </message>
    <message>
        <source>Create organisation</source>
        <translation>新建机构</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>编辑机构</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>删除机构</translation>
    </message>
    <message>
        <source>Delete {0}? You can undo this.</source>
        <translation>删除“{0}”？此操作可以撤销。</translation>
    </message>
</context>
<context>
    <name>OrganiserRole</name>
    <message>
        <source>organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>co-organiser</source>
        <translation>协办单位</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>支持单位</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>参与单位</translation>
    </message>
    <message>
        <source>host</source>
        <translation>接待单位</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>立即发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send what is queued through the mail server</source>
        <translation>通过邮件服务器发送待发的邮件</translation>
    </message>
    <message>
        <source>&amp;Resend failed</source>
        <translation>重发失败邮件(&amp;R)</translation>
    </message>
    <message>
        <source>Queue the selected failed messages (or all failed ones) again. Check first whether those marked &apos;may have been sent&apos; arrived.</source>
        <translation>把所选（或全部）失败的邮件重新加入待发。请先确认标示为“可能已发出”的邮件是否已收到。</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>丢弃(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the selected messages that were not sent</source>
        <translation>移除所选未发出的邮件</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Discard messages</source>
        <translation>丢弃邮件</translation>
    </message>
    <message>
        <source>Remove the selected messages that were not sent? They will not be sent.</source>
        <translation>要移除所选未发出的邮件吗？这些邮件将不会发出。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sending… {0} of {1}</source>
        <translation>正在发送… 第 {0} 封，共 {1} 封</translation>
    </message>
    <message>
        <source>Sent {0}, failed {1}.</source>
        <translation>已发送 {0} 封，失败 {1} 封。</translation>
    </message>
    <message>
        <source>{0} may have been sent: check before resending.</source>
        <translation>{0} 封可能已发出：重发前请先确认。</translation>
    </message>
    <message>
        <source>The mail server could not be reached ({0}); trying again in a minute.</source>
        <translation>无法连接邮件服务器（{0}）；一分钟后再试。</translation>
    </message>
    <message>
        <source>{0} will be tried again later.</source>
        <translation>{0} 封稍后会再试。</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Queued</source>
        <translation>待发</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>May have been sent</source>
        <translation>可能已发出</translation>
    </message>
    <message>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>候补名单</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>候补转正</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <source>Register a person from the address book for this event</source>
        <translation>从通讯录选人登记参加此活动</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>新建人员(&amp;N)…</translation>
    </message>
    <message>
        <source>Enter a new person and register them for this event</source>
        <translation>输入新人员并登记参加此活动</translation>
    </message>
    <message>
        <source>Status of the participant</source>
        <translation>参加者状态</translation>
    </message>
    <message>
        <source>Invited, registered, waiting…: Apply gives it to the selected participant</source>
        <translation>已邀请、已登记、候补…：按“应用”设置所选参加者</translation>
    </message>
    <message>
        <source>Role of the participant</source>
        <translation>参加者身份</translation>
    </message>
    <message>
        <source>Participant, speaker, guest…: Apply gives it to the selected participant; Add uses it for new ones</source>
        <translation>参加者、讲者、嘉宾…：按“应用”设置所选参加者；添加时也采用此身份</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>应用(&amp;P)</translation>
    </message>
    <message>
        <source>Give the selected participant the status and role chosen on the left</source>
        <translation>把左边选定的状态和身份应用到所选参加者</translation>
    </message>
    <message>
        <source>Apply status and role</source>
        <translation>应用状态和身份</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>签到(&amp;I)</translation>
    </message>
    <message>
        <source>Record that the selected participant has arrived</source>
        <translation>记录所选参加者已到场</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Take the selected participant off the list (you can undo this)</source>
        <translation>把所选参加者从名单移除（可撤销）</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>导入(&amp;M)…</translation>
    </message>
    <message>
        <source>Add participants from an Excel or CSV list</source>
        <translation>从电子表格或 CSV 名单添加参加者</translation>
    </message>
    <message>
        <source>Chec&amp;k-in…</source>
        <translation>签到处(&amp;K)…</translation>
    </message>
    <message>
        <source>Open the check-in desk for this event</source>
        <translation>打开此活动的签到处</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Participants: {0} registered, {1} waiting, {2} checked in</source>
        <translation>参会人员：已报名 {0} 人，候补 {1} 人，已签到 {2} 人</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>添加参会人员</translation>
    </message>
    <message>
        <source>Create person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>Change participant</source>
        <translation>修改参会人员</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>移除参会人员</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Go to a page</source>
        <translation>跳到某页</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation>共 {0} 页</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Zoom so that the page fills the width</source>
        <translation>缩放至页面填满宽度</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <source>Zoom so that a whole page shows</source>
        <translation>缩放至显示整页</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
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
        <translation>单位</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
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
        <translation>活动</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0} 人</translation>
    </message>
    <message>
        <source>Search names in English or Chinese, or e-mail…</source>
        <translation>按中英文姓名或电子邮箱搜索…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>搜索人员</translation>
    </message>
    <message>
        <source>Find people by a part of their English or Chinese name, or their e-mail address</source>
        <translation>按英文或中文姓名的一部分或电子邮件地址查找人员</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>新建人员(&amp;P)…</translation>
    </message>
    <message>
        <source>Add a person to the address book</source>
        <translation>把人员加入通讯录</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>显示(&amp;R)</translation>
    </message>
    <message>
        <source>Show them for the selected person (written to the audit log)</source>
        <translation>显示所选人员的敏感信息（会记入审计日志）</translation>
    </message>
    <message>
        <source>Sensitive: birth date, guardian, travel documents</source>
        <translation>敏感信息：出生日期、监护人、出入境证件</translation>
    </message>
    <message>
        <source>Events and delegations</source>
        <translation>活动和代表团</translation>
    </message>
    <message>
        <source>Not available to your login</source>
        <translation>你的登录账户无权查看</translation>
    </message>
    <message>
        <source>Birth dates, guardians and travel documents need the planner_sensitive role; ask the administrator for it</source>
        <translation>出生日期、监护人及出入境证件需要 planner_sensitive 角色；请向管理员申请</translation>
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
        <translation>饮食要求：{0}</translation>
    </message>
    <message>
        <source>Access: {0}</source>
        <translation>无障碍需求：{0}</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Mask them again</source>
        <translation>再次遮盖</translation>
    </message>
    <message>
        <source>Create person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Delete {0}? You can undo this.</source>
        <translation>删除“{0}”？此操作可以撤销。</translation>
    </message>
</context>
<context>
    <name>PersonCategory</name>
    <message>
        <source>official</source>
        <translation>政府官员</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业代表</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>专家</translation>
    </message>
    <message>
        <source>student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>practitioner</source>
        <translation>从业人员</translation>
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
        <translation>新建人员</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
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
        <translation>职务(&amp;P)</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>电子邮箱(&amp;M)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Dietary needs</source>
        <translation>饮食要求(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Access needs</source>
        <translation>无障碍需求(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>单位(&amp;O)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>类别(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Minor</source>
        <translation>未成年(&amp;M)</translation>
    </message>
    <message>
        <source>Under 18: trips need a guardian&apos;s consent</source>
        <translation>未满 18 周岁：出行须经监护人同意</translation>
    </message>
    <message>
        <source>Messages &amp;in</source>
        <translation>消息语言(&amp;I)</translation>
    </message>
    <message>
        <source>The language of the e-mails Planner sends this person; by default it follows the side they come from</source>
        <translation>Planner 发给此人的电子邮件所用语言；默认按其所属一方而定</translation>
    </message>
    <message>
        <source>(the side they come from)</source>
        <translation>（按所属一方）</translation>
    </message>
    <message>
        <source>Perso&amp;n</source>
        <translation>人员(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Sensitive</source>
        <translation>敏感信息(&amp;S)</translation>
    </message>
    <message>
        <source>Date of birth, guardian and travel documents</source>
        <translation>出生日期、监护人及出入境证件</translation>
    </message>
    <message>
        <source>The changes to the sensitive data</source>
        <translation>敏感信息的更改</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Type part of a name, in English or Chinese</source>
        <translation>输入部分中文或英文姓名</translation>
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
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The window is rebuilt in the new language on the same section and record; Undo and Redo go on as before (steps already done keep the language they were done in).</source>
        <translation>窗口会以新语言重建，仍停留在同一部分及同一条记录；撤销和重做照常可用（已做的步骤保留当时语言的描述）。</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <source>Times dragged in the calendar&apos;s week view and a delegation&apos;s timeline snap to this step; hold Alt to drag without snapping</source>
        <translation>在日历周视图及代表团时间线上拖动的时间会对齐到此间隔；按住 Alt 拖动则不对齐</translation>
    </message>
    <message>
        <source>&amp;Drag times in steps of</source>
        <translation>拖动时间的间隔(&amp;D)</translation>
    </message>
    <message>
        <source>Calendar feeds</source>
        <translation>日历订阅</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Feeds&apos; &amp;address:</source>
        <translation>订阅源地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Where the published feed files can be fetched, ending with /, e.g. https://calendar.example.org/feeds/</source>
        <translation>可获取已发布订阅源文件的地址，以 / 结尾，例如 https://calendar.example.org/feeds/</translation>
    </message>
    <message>
        <source>&amp;UID domain:</source>
        <translation>活动识别域名(&amp;U)：</translation>
    </message>
    <message>
        <source>Your organisation&apos;s domain: calendar apps tell events apart by it. Change it before anyone subscribes.</source>
        <translation>贵单位的域名：日历应用以此区分活动。请在有人订阅前更改。</translation>
    </message>
    <message>
        <source>⚠ These are still the example settings: feed links made with them reach nobody.</source>
        <translation>⚠ 这些仍是示例设置：以此生成的订阅链接无人可以使用。</translation>
    </message>
    <message>
        <source>Change feed settings</source>
        <translation>更改订阅源设置</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
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
        <translation>{0}（新建）</translation>
    </message>
    <message>
        <source>New exchange programme</source>
        <translation>新建交流计划</translation>
    </message>
    <message>
        <source>Edit exchange programme</source>
        <translation>编辑交流计划</translation>
    </message>
    <message>
        <source>Co-operation &amp;item</source>
        <translation>合作项目(&amp;I)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Le&amp;gs</source>
        <translation>行程段(&amp;G)</translation>
    </message>
    <message>
        <source>Title (&amp;English)</source>
        <translation>英文名称(&amp;E)</translation>
    </message>
    <message>
        <source>Title (&amp;Traditional Chinese)</source>
        <translation>繁体中文名称(&amp;T)</translation>
    </message>
    <message>
        <source>Title (Si&amp;mplified Chinese)</source>
        <translation>简体中文名称(&amp;M)</translation>
    </message>
    <message>
        <source>T&amp;heme (English)</source>
        <translation>英文主题(&amp;H)</translation>
    </message>
    <message>
        <source>Theme (Tra&amp;ditional Chinese)</source>
        <translation>繁体中文主题(&amp;D)</translation>
    </message>
    <message>
        <source>Theme (Simp&amp;lified Chinese)</source>
        <translation>简体中文主题(&amp;L)</translation>
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
        <translation>本计划的代表团，按出访顺序排列；双击新建的行程段可进行修改</translation>
    </message>
    <message>
        <source>Take the leg out of the programme; the delegation stays as it is</source>
        <translation>把该行程段移出计划；代表团本身保持不变</translation>
    </message>
    <message>
        <source>&amp;New leg…</source>
        <translation>新建行程段(&amp;N)…</translation>
    </message>
    <message>
        <source>Plan a new delegation as the next leg; it is saved with the programme</source>
        <translation>策划一个新代表团作为下一个行程段；会与计划一并保存</translation>
    </message>
    <message>
        <source>Delegations in no other programme</source>
        <translation>未加入其他计划的代表团</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>加入(&amp;A)</translation>
    </message>
    <message>
        <source>Add the chosen delegation as the next leg</source>
        <translation>把所选代表团加入为下一个行程段</translation>
    </message>
    <message>
        <source>(no delegation outside a programme)</source>
        <translation>（没有未加入计划的代表团）</translation>
    </message>
    <message>
        <source>New leg</source>
        <translation>新建行程段</translation>
    </message>
    <message>
        <source>The changes to the legs</source>
        <translation>行程段的更改</translation>
    </message>
</context>
<context>
    <name>ProgrammesModel</name>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>行程段数</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>合作项目</translation>
    </message>
</context>
<context>
    <name>ProgrammesView</name>
    <message>
        <source>New &amp;programme…</source>
        <translation>新建交流计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Plan an exchange programme and its legs</source>
        <translation>策划交流计划及其行程段</translation>
    </message>
    <message>
        <source>{0} programme</source>
        <translation>{0} 项交流计划</translation>
    </message>
    <message>
        <source>{0} programmes</source>
        <translation>{0} 项交流计划</translation>
    </message>
    <message>
        <source>{0} of {1} programme</source>
        <translation>{1} 项交流计划中的 {0} 项</translation>
    </message>
    <message>
        <source>{0} of {1} programmes</source>
        <translation>{1} 项交流计划中的 {0} 项</translation>
    </message>
    <message>
        <source>No legs yet: edit the programme to add them.</source>
        <translation>尚无行程段：请编辑计划添加。</translation>
    </message>
    <message>
        <source>{0}, {1}, {2}</source>
        <translation>{0}，{1}，{2}</translation>
    </message>
    <message>
        <source>{0} member</source>
        <translation>成员 {0} 人</translation>
    </message>
    <message>
        <source>{0} members</source>
        <translation>成员 {0} 人</translation>
    </message>
    <message>
        <source>{0} student</source>
        <translation>学生 {0} 人</translation>
    </message>
    <message>
        <source>{0} students</source>
        <translation>学生 {0} 人</translation>
    </message>
    <message>
        <source>{0} chaperone</source>
        <translation>带队教师 {0} 人</translation>
    </message>
    <message>
        <source>{0} chaperones</source>
        <translation>带队教师 {0} 人</translation>
    </message>
    <message>
        <source>Create exchange programme</source>
        <translation>新建交流计划</translation>
    </message>
    <message>
        <source>Edit exchange programme</source>
        <translation>编辑交流计划</translation>
    </message>
    <message>
        <source>Delete exchange programme</source>
        <translation>删除交流计划</translation>
    </message>
    <message>
        <source>Delete “{0}”? Its legs stay as delegations. You can undo this.</source>
        <translation>删除“{0}”？其行程段会保留为独立代表团。此操作可以撤销。</translation>
    </message>
</context>
<context>
    <name>RegistrationRole</name>
    <message>
        <source>participant</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>演讲嘉宾</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>嘉宾</translation>
    </message>
    <message>
        <source>organiser</source>
        <translation>主办单位人员</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>media</source>
        <translation>媒体</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <source>invited</source>
        <translation>已邀请</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>已谢绝</translation>
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
        <translation>单位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>The event&apos;s time ({0})</source>
        <translation>活动时间（{0}）</translation>
    </message>
</context>
<context>
    <name>RolloverDialog</name>
    <message>
        <source>Start next year</source>
        <translation>开始下一年度</translation>
    </message>
    <message>
        <source>Each chosen item is copied into the new year with its number, titles and lead organisations. Its narrative, figures and “new this year” are left empty, to be filled in during the year.</source>
        <translation>每个所选项目会连同编号、名称及牵头单位复制到新年度。概述、数据及“本年度新项目”会留空，待年内填写。</translation>
    </message>
    <message>
        <source>&amp;From year</source>
        <translation>来源年度(&amp;F)</translation>
    </message>
    <message>
        <source>New year</source>
        <translation>新年度</translation>
    </message>
    <message>
        <source>Untick the items that do not continue</source>
        <translation>取消勾选不再延续的项目</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Items to copy</source>
        <translation>要复制的项目(&amp;I)</translation>
    </message>
    <message>
        <source>{0} — number taken in {1}</source>
        <translation>{0}——{1} 年度已有此编号</translation>
    </message>
    <message>
        <source>{0} of {1} items chosen</source>
        <translation>已选 {0} 项（共 {1} 项）</translation>
    </message>
</context>
<context>
    <name>ScheduleEdit</name>
    <message>
        <source>&amp;All day</source>
        <translation>全天(&amp;A)</translation>
    </message>
    <message>
        <source>Type the start as year-month-day hour:minute or pick the day from the calendar; the end moves with it</source>
        <translation>以“年-月-日 时:分”输入开始时间，或在日历中选择日期；结束时间会随之移动</translation>
    </message>
    <message>
        <source>Type the end as year-month-day hour:minute or pick the day from the calendar</source>
        <translation>以“年-月-日 时:分”输入结束时间，或在日历中选择日期</translation>
    </message>
    <message>
        <source>Exact dates</source>
        <translation>确切日期</translation>
    </message>
    <message>
        <source>Month only</source>
        <translation>仅月份</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>大致日期</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
</context>
<context>
    <name>ScheduleMoves</name>
    <message>
        <source>Move “{0}”</source>
        <translation>移动“{0}”</translation>
    </message>
    <message>
        <source>Change the time of “{0}”</source>
        <translation>更改“{0}”的时间</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>删除“{0}”</translation>
    </message>
    <message>
        <source>Delete “{0}”? You can undo this.</source>
        <translation>删除“{0}”？此操作可以撤销。</translation>
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
        <translation>只知道月份，不知道具体日期</translation>
    </message>
    <message>
        <source>≈ The dates are approximate: the item falls somewhere around them</source>
        <translation>≈ 日期为约数：项目大约在这段时间内举行</translation>
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
        <translation>填入由另一种中文字体转换而成的建议；保存前请先核对</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Itinerary steps</source>
        <translation>行程项目</translation>
    </message>
    <message>
        <source>Exchange programmes</source>
        <translation>交流计划</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Co-operation items</source>
        <translation>合作项目</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>{0} (the first {1}; type more to narrow)</source>
        <translation>{0}（前 {1} 项；输入更多字以缩小范围）</translation>
    </message>
    <message>
        <source>Nothing is named “{0}”.</source>
        <translation>没有名称包含“{0}”的项目。</translation>
    </message>
    <message>
        <source>Search everything…</source>
        <translation>搜索全部…</translation>
    </message>
    <message>
        <source>Events, sessions, delegations, itinerary steps, programmes, people, organisations, venues and co-operation items, by any name in English or Chinese (Edit &gt; Search everything)</source>
        <translation>以英文或中文（繁体或简体）的任何名称搜索活动、环节、代表团、行程项目、交流计划、人员、机构、场地和合作项目（编辑 &gt; 搜索全部）</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>搜索全部</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
</context>
<context>
    <name>SensitiveTab</name>
    <message>
        <source>Checking whether you may see sensitive data…</source>
        <translation>正在检查你能否查看敏感信息…</translation>
    </message>
    <message>
        <source>The date of birth, the guardian and the travel documents are hidden. Reveal shows them here so you can change them; each reveal is written to the audit log.</source>
        <translation>出生日期、监护人及出入境证件已隐藏。点击“显示”可在此查看和修改；每次显示都会记入审计日志。</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>显示(&amp;R)</translation>
    </message>
    <message>
        <source>Show the sensitive data (written to the audit log)</source>
        <translation>显示敏感信息（会记入审计日志）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>No date of birth on record</source>
        <translation>不记录出生日期</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Guardian</source>
        <translation>监护人(&amp;G)</translation>
    </message>
    <message>
        <source>A parent or other guardian of a minor</source>
        <translation>未成年人的父母或其他监护人</translation>
    </message>
    <message>
        <source>Guardian&apos;s p&amp;hone</source>
        <translation>监护人电话(&amp;H)</translation>
    </message>
    <message>
        <source>With the country code, e.g. +852 9123 4567</source>
        <translation>含国家或地区代码，例如 +852 9123 4567</translation>
    </message>
    <message>
        <source>Re&amp;lationship</source>
        <translation>关系(&amp;L)</translation>
    </message>
    <message>
        <source>e.g. mother, father, aunt</source>
        <translation>例如母亲、父亲、姑妈</translation>
    </message>
    <message>
        <source>Guardian&apos;s e-&amp;mail</source>
        <translation>监护人电子邮件(&amp;M)</translation>
    </message>
    <message>
        <source>A minor&apos;s e-mail goes here, never to the minor</source>
        <translation>发给未成年人的电子邮件会发到这里，绝不会发给未成年人本人</translation>
    </message>
    <message>
        <source>A minor without a date of birth can be saved; the planning checks will point it out.</source>
        <translation>未成年人即使没有出生日期也可保存；规划检查会提示这一点。</translation>
    </message>
    <message>
        <source>&amp;Add document</source>
        <translation>添加证件(&amp;A)</translation>
    </message>
    <message>
        <source>Add a travel document; type its details in the table</source>
        <translation>添加出入境证件；请在表内输入详情</translation>
    </message>
    <message>
        <source>Remo&amp;ve document</source>
        <translation>移除证件(&amp;V)</translation>
    </message>
    <message>
        <source>Delete the chosen document (on OK)</source>
        <translation>删除所选证件（点击“确定”时生效）</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>出入境证件</translation>
    </message>
    <message>
        <source>Birth dates, guardians and travel documents need the planner_sensitive role, which your login does not have. Ask the administrator for it (see &apos;db roles&apos;).</source>
        <translation>出生日期、监护人及出入境证件需要 planner_sensitive 角色，而你的登录账户没有此角色。请向管理员申请（见“db roles”）。</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Mask the sensitive data again</source>
        <translation>再次遮盖敏感数据</translation>
    </message>
    <message>
        <source>Travel document {0}: {1}</source>
        <translation>出入境证件 {0}：{1}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>连接到服务器</translation>
    </message>
    <message>
        <source>Connect to the team&apos;s shared PostgreSQL database. The password is asked when the server wants one and is never saved.</source>
        <translation>连接到团队共用的 PostgreSQL 数据库。服务器需要密码时才会询问，密码从不保存。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host and the database name.</source>
        <translation>请输入服务器主机和数据库名称。</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>新建环节</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>编辑环节</translation>
    </message>
    <message>
        <source>Title (&amp;English)</source>
        <translation>英文名称(&amp;E)</translation>
    </message>
    <message>
        <source>Title (&amp;Traditional Chinese)</source>
        <translation>繁体中文名称(&amp;T)</translation>
    </message>
    <message>
        <source>Title (Si&amp;mplified Chinese)</source>
        <translation>简体中文名称(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <source>Within the event: {0} to {1}</source>
        <translation>须在活动时间内：{0}至{1}</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>房间(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. Room 2, 3/F</source>
        <translation>例如 3 楼 2 号室</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>讲者(&amp;K)</translation>
    </message>
    <message>
        <source>Names and organisations, as they should be printed</source>
        <translation>姓名及所属单位，按打印时的写法填写</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>地点(&amp;V)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>讲者</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a session to the agenda</source>
        <translation>在议程中添加环节</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Change the chosen session</source>
        <translation>修改所选环节</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Take the chosen session out of the agenda (on OK)</source>
        <translation>从议程移除所选环节（点击“确定”时生效）</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Earlier in the agenda</source>
        <translation>在议程中排前</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Later in the agenda</source>
        <translation>在议程中排后</translation>
    </message>
    <message>
        <source>Sessions are saved with the event when you press OK. Moving the event&apos;s start moves the sessions whose time you did not change by hand.</source>
        <translation>点击“确定”时，环节会与活动一起保存。更改活动的开始时间时，你没有亲自改过时间的环节会随之移动。</translation>
    </message>
    <message>
        <source>Reading the sessions…</source>
        <translation>正在读取环节…</translation>
    </message>
    <message>
        <source>The sessions could not be read: {0}</source>
        <translation>无法读取环节：{0}</translation>
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
        <translation>广东</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>澳门</translation>
    </message>
    <message>
        <source>Mainland</source>
        <translation>内地</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他地区</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
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
        <translation>可用字段：{0}。没有日历订阅时，提供订阅链接的一行会省略。</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>主题(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>正文(&amp;T)</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>邮件模板</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
    <message>
        <source>Templates saved</source>
        <translation>模板已保存</translation>
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
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>TravelDocumentType</name>
    <message>
        <source>HKSAR passport</source>
        <translation>香港特区护照</translation>
    </message>
    <message>
        <source>Home Return Permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Exit-entry Permit for Travelling to and from Hong Kong and Macao</source>
        <translation>往来港澳通行证</translation>
    </message>
    <message>
        <source>PRC passport</source>
        <translation>中华人民共和国护照</translation>
    </message>
    <message>
        <source>Hong Kong identity card</source>
        <translation>香港身份证</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>护照</translation>
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
        <translation>类别</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发机关</translation>
    </message>
    <message>
        <source>The issuing authority</source>
        <translation>签发证件的机关</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>The date of issue</source>
        <translation>证件的签发日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Endorsement</source>
        <translation>签注</translation>
    </message>
    <message>
        <source>The endorsement&apos;s type, e.g. business (商務) or individual visit (個人遊)</source>
        <translation>签注种类，例如商务或个人游</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>剩余次数</translation>
    </message>
    <message>
        <source>Entries left on the endorsement</source>
        <translation>签注剩余的入境次数</translation>
    </message>
    <message>
        <source>Endorsement expires</source>
        <translation>签注有效期至</translation>
    </message>
</context>
<context>
    <name>UiContext</name>
    <message>
        <source>Perhaps not saved</source>
        <translation>可能未保存</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现错误</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <source>New venue</source>
        <translation>新建场地</translation>
    </message>
    <message>
        <source>Edit venue</source>
        <translation>编辑场地</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>英文名称(&amp;E)</translation>
    </message>
    <message>
        <source>Name (&amp;Traditional Chinese)</source>
        <translation>繁体中文名称(&amp;T)</translation>
    </message>
    <message>
        <source>Name (Si&amp;mplified Chinese)</source>
        <translation>简体中文名称(&amp;M)</translation>
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
        <translation>所属地区(&amp;S)</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>时区(&amp;Z)</translation>
    </message>
    <message>
        <source>An IANA time zone such as Asia/Hong_Kong; events at this venue are planned in it</source>
        <translation>IANA 时区，例如 Asia/Shanghai；在此场地举行的活动以此时区安排</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>纬度(&amp;L)</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>经度(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>容量(&amp;C)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>预订(&amp;B)</translation>
    </message>
    <message>
        <source>One booking at a time (the checks flag double bookings)</source>
        <translation>同一时间只接受一项预订（检查会标示重复预订）</translation>
    </message>
</context>
<context>
    <name>VenuePicker</name>
    <message>
        <source>Create venue</source>
        <translation>新建场地</translation>
    </message>
    <message>
        <source>&amp;New venue…</source>
        <translation>新建场地(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a venue that is not in the list yet</source>
        <translation>新建一个尚未在列表中的场地</translation>
    </message>
    <message>
        <source>(no venue)</source>
        <translation>（未定地点）</translation>
    </message>
</context>
<context>
    <name>VenuesModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>所属地区</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Exclusive</source>
        <translation>单一预订</translation>
    </message>
</context>
<context>
    <name>VenuesView</name>
    <message>
        <source>Filter by name, city or time zone…</source>
        <translation>按名称、城市或时区筛选…</translation>
    </message>
    <message>
        <source>&amp;New venue…</source>
        <translation>新建场地(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a place where events and visits happen</source>
        <translation>新建举办活动或参观的地点</translation>
    </message>
    <message>
        <source>{0} venue</source>
        <translation>{0} 个场地</translation>
    </message>
    <message>
        <source>{0} venues</source>
        <translation>{0} 个场地</translation>
    </message>
    <message>
        <source>{0} of {1} venue</source>
        <translation>{1} 个场地中的 {0} 个</translation>
    </message>
    <message>
        <source>{0} of {1} venues</source>
        <translation>{1} 个场地中的 {0} 个</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>City: {0}</source>
        <translation>城市：{0}</translation>
    </message>
    <message>
        <source>Side: {0} · time zone {1}</source>
        <translation>所属地区：{0} · 时区 {1}</translation>
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
        <translation>同一时间只接受一项预订：检查会标示重复预订</translation>
    </message>
    <message>
        <source>Create venue</source>
        <translation>新建场地</translation>
    </message>
    <message>
        <source>Edit venue</source>
        <translation>编辑场地</translation>
    </message>
    <message>
        <source>Delete venue</source>
        <translation>删除场地</translation>
    </message>
    <message>
        <source>Delete “{0}”? Events and visits planned there keep it until you change them. You can undo this.</source>
        <translation>删除“{0}”？在此举办的活动及参观会保留该场地，直至您作出更改。此操作可以撤销。</translation>
    </message>
</context>
</TS>
