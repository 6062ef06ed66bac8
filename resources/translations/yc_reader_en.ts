<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>无法打开资料库</source>
        <translation>Cannot open the library</translation>
    </message>
</context>
<context>
    <name>FacetSidebar</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>版面</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>关键词</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <source>作者</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>人物</source>
        <translation>People</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>机构</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>收藏</source>
        <translation>Bookmarks</translation>
    </message>
</context>
<context>
    <name>FacetTreeModel</name>
    <message>
        <source>已收藏</source>
        <translation>Bookmarked</translation>
    </message>
    <message>
        <source>未收藏</source>
        <translation>Not bookmarked</translation>
    </message>
    <message>
        <source>yyyy年</source>
        <comment>QDate format of a year</comment>
        <translation>yyyy</translation>
    </message>
    <message>
        <source>M月</source>
        <comment>QDate format of a month</comment>
        <translation>MMMM</translation>
    </message>
    <message>
        <source>d日</source>
        <comment>QDate format of a day</comment>
        <translation>MMM d</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>空文件</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>不是文本文件（图片、PDF 或压缩包？）</source>
        <translation>not a text file (an image, PDF or archive?)</translation>
    </message>
    <message>
        <source>无法识别的文字编码</source>
        <translation>unrecognised text encoding</translation>
    </message>
    <message>
        <source>文件太大</source>
        <translation>file too large</translation>
    </message>
    <message>
        <source>无法读取（权限或磁盘问题）</source>
        <translation>cannot be read (permissions or disk problem)</translation>
    </message>
    <message>
        <source>文件或文件夹不存在</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>新增 %1 个文件，更新 %2 个，未变 %3 个，移除 %4 个；索引中现有 %5 篇文章。</source>
        <translation>%1 files added, %2 updated, %3 unchanged, %4 removed; the index now holds %5 articles.</translation>
    </message>
    <message>
        <source>跳过 %1 个文件：</source>
        <translation>%1 files skipped:</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>IssueView</name>
    <message>
        <source>按期浏览</source>
        <translation>Browse by Issue</translation>
    </message>
    <message>
        <source>历史上的今天</source>
        <translation>This day in earlier years</translation>
    </message>
    <message>
        <source>%1年%2月%3日 %4</source>
        <translation>%4, %2/%3/%1</translation>
    </message>
    <message>
        <source>%1 · %2 个版面 · %3 篇</source>
        <translation>%1 · %2 pages · %3 articles</translation>
    </message>
    <message>
        <source>%1 · 这一天没有报纸</source>
        <translation>%1 · no issue on this day</translation>
    </message>
    <message>
        <source>第%1版</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>版次未注明</source>
        <translation>Page not given</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>往年今日没有报道</source>
        <translation>Nothing on this day in earlier years</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>渝西都市报离线阅读器</source>
        <extracomment>the bundled seeds are indexed (or were already): the list is complete an import finished; carries its ``ImportReport``</extracomment>
        <translation>YC Reader · 渝西都市报 offline</translation>
    </message>
    <message>
        <source>按相关度</source>
        <translation>By relevance</translation>
    </message>
    <message>
        <source>按日期</source>
        <translation>By date</translation>
    </message>
    <message>
        <source>排序</source>
        <translation>Sort order</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>导入文件夹…</source>
        <translation>Import Folder…</translation>
    </message>
    <message>
        <source>导入文件…</source>
        <translation>Import Files…</translation>
    </message>
    <message>
        <source>导出收藏（含引用）…</source>
        <translation>Export Bookmarks with Citations…</translation>
    </message>
    <message>
        <source>备份收藏和阅读记录…</source>
        <translation>Back Up Bookmarks and Reading History…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from Backup…</translation>
    </message>
    <message>
        <source>导出图表为 PNG…</source>
        <translation>Export Chart as PNG…</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>导出为 PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>文章(&amp;A)</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>下一篇</source>
        <translation>Next article</translation>
    </message>
    <message>
        <source>上一篇</source>
        <translation>Previous article</translation>
    </message>
    <message>
        <source>收藏 / 取消收藏</source>
        <translation>Bookmark / Remove Bookmark</translation>
    </message>
    <message>
        <source>编辑备注…</source>
        <translation>Edit Note…</translation>
    </message>
    <message>
        <source>复制全文</source>
        <translation>Copy Article</translation>
    </message>
    <message>
        <source>复制引用</source>
        <translation>Copy Citation</translation>
    </message>
    <message>
        <source>查看(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>原始大小</source>
        <translation>Actual Size</translation>
    </message>
    <message>
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>显示或隐藏每月文章数的图表</source>
        <translation>Show or hide the chart of articles per month</translation>
    </message>
    <message>
        <source>按期浏览…</source>
        <translation>Browse by Issue…</translation>
    </message>
    <message>
        <source>主题</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>跟随系统</source>
        <translation>Follow System</translation>
    </message>
    <message>
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>深色</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>快捷键</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>资料库已修复</source>
        <translation>Library repaired</translation>
    </message>
    <message>
        <source>正在建立索引</source>
        <translation>Indexing</translation>
    </message>
    <message>
        <source>正在导入</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>没有检索词时按日期排序</source>
        <translation>Newest first: there are no words to rank by</translation>
    </message>
    <message>
        <source>出错了：%1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>出错了</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 篇文章</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>就绪 · 共 %1 篇文章</source>
        <translation>Ready · %1 articles</translation>
    </message>
    <message>
        <source>收藏备注</source>
        <translation>Bookmark Note</translation>
    </message>
    <message>
        <source>这篇文章的备注（保存后自动收藏）：</source>
        <translation>A note on this article (saving bookmarks it):</translation>
    </message>
    <message>
        <source>导出为 PDF</source>
        <translation>Export as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已导出到 %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>导入文件夹</source>
        <translation>Import Folder</translation>
    </message>
    <message>
        <source>导入文件</source>
        <translation>Import Files</translation>
    </message>
    <message>
        <source>文本与网页 (*.txt *.md *.markdown *.text *.html *.htm);;所有文件 (*)</source>
        <translation>Text and web pages (*.txt *.md *.markdown *.text *.html *.htm);;All files (*)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV 表格 (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <source>BibTeX 式 JSON (*.json)</source>
        <translation>BibTeX-style JSON (*.json)</translation>
    </message>
    <message>
        <source>导出收藏</source>
        <translation>Export Bookmarks</translation>
    </message>
    <message>
        <source>收藏.md</source>
        <translation>bookmarks.md</translation>
    </message>
    <message>
        <source>收藏 · YC Reader</source>
        <translation>Bookmarks · YC Reader</translation>
    </message>
    <message>
        <source>已导出 %1 条收藏到 %2</source>
        <translation>Exported %1 bookmarks to %2</translation>
    </message>
    <message>
        <source>备份收藏和阅读记录</source>
        <translation>Back Up Bookmarks and Reading History</translation>
    </message>
    <message>
        <source>YC Reader 备份.json</source>
        <translation>YC Reader backup.json</translation>
    </message>
    <message>
        <source>YC Reader 备份 (*.json)</source>
        <translation>YC Reader backup (*.json)</translation>
    </message>
    <message>
        <source>已备份 %1 条收藏到 %2</source>
        <translation>Backed up %1 bookmarks to %2</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>%1 不是能读取的 YC Reader 备份，什么也没有改变。</source>
        <translation>%1 is not a YC Reader backup that can be read; nothing was changed.</translation>
    </message>
    <message>
        <source>已从 %2 恢复 %1 条收藏</source>
        <translation>Restored %1 bookmarks from %2</translation>
    </message>
    <message>
        <source>导出图表</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>时间线.png</source>
        <translation>timeline.png</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>渝西都市报 · %1</source>
        <translation>Yuxi Metropolis Daily · %1</translation>
    </message>
    <message>
        <source>全部文章</source>
        <translation>all articles</translation>
    </message>
    <message>
        <source>无法写入 %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>图表已导出到 %1</source>
        <translation>Chart exported to %1</translation>
    </message>
    <message>
        <source>渝西都市报离线阅读器 %1
离线阅读、搜索和收藏渝西都市报的文章。</source>
        <translation>YC Reader %1
Read, search and bookmark the archive of the Yuxi Metropolis Daily (渝西都市报), offline.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>资料库由更新版本的 YC Reader 写入，为保护数据没有做任何改动。请更新 YC Reader，或换一个数据文件夹。</source>
        <translation>The library was written by a newer version of YC Reader and was left untouched. Update YC Reader, or use another data folder.</translation>
    </message>
    <message>
        <source>无法打开或写入数据文件夹（磁盘已满、文件夹只读或没有权限）。</source>
        <translation>The data folder cannot be opened or written (the disk is full, the folder is read-only or not yours).</translation>
    </message>
    <message>
        <source>另一个 YC Reader 正在更新资料库，请等它完成后再试。</source>
        <translation>Another YC Reader is updating the library. Try again when it has finished.</translation>
    </message>
    <message>
        <source>搜索索引已损坏，下次启动时会自动重建；收藏和笔记不受影响。</source>
        <translation>The search index is damaged; it is rebuilt at the next start. Your bookmarks and notes are not affected.</translation>
    </message>
    <message>
        <source>收藏数据库已损坏，也没有可以恢复的备份。文件保持原样；把它移走即可从空的收藏重新开始。</source>
        <translation>The bookmarks database is damaged and there is no backup to restore. It was left as it is; move it away to start with empty bookmarks.</translation>
    </message>
    <message>
        <source>资料库已关闭。</source>
        <translation>The library is closed.</translation>
    </message>
    <message>
        <source>资料库里没有这篇文章（它所在的文件可能已被移除）。</source>
        <translation>This article is not in the library (its file may have been removed).</translation>
    </message>
    <message>
        <source>这不是 YC Reader 的收藏导出文件。</source>
        <translation>This is not a YC Reader bookmarks export.</translation>
    </message>
    <message>
        <source>没能保存（磁盘已满或文件夹只读），原有的数据没有改变。</source>
        <translation>Could not save (the disk is full or the folder is read-only); the previous data is unchanged.</translation>
    </message>
    <message>
        <source>搜索索引已损坏，正在重建。</source>
        <translation>The search index was damaged and is being rebuilt.</translation>
    </message>
    <message>
        <source>搜索索引来自旧版本，正在重建。</source>
        <translation>The search index is from an older version and is being rebuilt.</translation>
    </message>
    <message>
        <source>词典、版面规则或停用词已更改，或阅读器、分词器已更新，正在重建搜索索引。</source>
        <translation>The dictionary, the section rules or the stopwords changed, or YC Reader or its segmenter was updated: the search index is being rebuilt.</translation>
    </message>
    <message>
        <source>收藏数据库已损坏，已从最近的备份恢复；损坏的副本保存为 %1。</source>
        <translation>The bookmarks database was damaged and has been restored from its last backup; the damaged copy is kept as %1.</translation>
    </message>
    <message>
        <source>收藏未能备份（%1）。</source>
        <translation>Your bookmarks could not be backed up (%1).</translation>
    </message>
    <message>
        <source>磁盘已满，文件没有写入；原来的文件没有改变。</source>
        <translation>The disk is full; the file was not written and the existing file is unchanged.</translation>
    </message>
    <message>
        <source>没有在这里写入文件的权限；原来的文件没有改变。</source>
        <translation>You do not have permission to write here; the existing file is unchanged.</translation>
    </message>
    <message>
        <source>文件没有写入（%1）。</source>
        <translation>The file was not written (%1).</translation>
    </message>
    <message>
        <source>这个位置是只读的，文件没有写入。</source>
        <translation>This location is read-only; the file was not written.</translation>
    </message>
    <message>
        <source>找不到要保存到的文件夹。</source>
        <translation>The folder to save into does not exist.</translation>
    </message>
    <message>
        <source>文件名太长，请换一个短些的名字。</source>
        <translation>The file name is too long; please choose a shorter one.</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <source>‹ 上一篇</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>上一篇（K）</source>
        <translation>Previous article (K)</translation>
    </message>
    <message>
        <source>下一篇 ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>下一篇（J）</source>
        <translation>Next article (J)</translation>
    </message>
    <message>
        <source>☆ 收藏</source>
        <translation>☆ Bookmark</translation>
    </message>
    <message>
        <source>收藏或取消收藏（Ctrl+D）</source>
        <translation>Bookmark or remove the bookmark (Ctrl+D)</translation>
    </message>
    <message>
        <source>备注…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>给收藏加一条备注</source>
        <translation>Add a note to the bookmark</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>复制全文或引用</source>
        <translation>Copy the article or a citation</translation>
    </message>
    <message>
        <source>复制全文</source>
        <translation>Copy Article</translation>
    </message>
    <message>
        <source>复制引用（GB/T 7714）</source>
        <translation>Copy Citation (GB/T 7714)</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>缩小（Ctrl+-）</source>
        <translation>Smaller text (Ctrl+-)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>放大（Ctrl+=）</source>
        <translation>Larger text (Ctrl+=)</translation>
    </message>
    <message>
        <source>第%1版</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>★ 已收藏</source>
        <translation>★ Bookmarked</translation>
    </message>
    <message>
        <source>在左侧列表中选择一篇文章</source>
        <translation>Choose an article from the list</translation>
    </message>
    <message>
        <source>备注：%1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>相关报道</source>
        <translation>Related stories</translation>
    </message>
    <message>
        <source>〔重复刊登〕%1</source>
        <translation>[reprint] %1</translation>
    </message>
    <message>
        <source>没有相关报道</source>
        <translation>No related stories</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>引号没有配对</source>
        <translation>A quotation mark is not closed</translation>
    </message>
    <message>
        <source>没有这个字段，可用：title、author、section、keyword、person、place、org、date、bookmarked</source>
        <translation>No such field; use title, author, section, keyword, person, place, org, date or bookmarked</translation>
    </message>
    <message>
        <source>日期写法应为 2024、2024-04、2024-04-01 或 2024-04-01..2024-04-30</source>
        <translation>Write dates as 2024, 2024-04, 2024-04-01 or 2024-04-01..2024-04-30</translation>
    </message>
    <message>
        <source>有一个空的搜索词</source>
        <translation>One search term is empty</translation>
    </message>
    <message>
        <source>搜索内容太长</source>
        <translation>The search is too long</translation>
    </message>
    <message>
        <source>bookmarked: 后面应为 yes 或 no</source>
        <translation>bookmarked: takes yes or no</translation>
    </message>
    <message>
        <source>OR 的两边都要有搜索词</source>
        <translation>OR needs a term on each side</translation>
    </message>
    <message>
        <source>无法理解这个搜索：%1</source>
        <translation>Cannot understand this search: %1</translation>
    </message>
    <message>
        <source>搜索标题和正文（Ctrl+F）  例：永川 影视 -天气 date:2024</source>
        <translation>Search headlines and text (Ctrl+F)   e.g. 永川 影视 -天气 date:2024</translation>
    </message>
    <message>
        <source>移除这个筛选条件</source>
        <translation>Remove this filter</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>清空搜索</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>下一篇</source>
        <translation>Next article</translation>
    </message>
    <message>
        <source>上一篇</source>
        <translation>Previous article</translation>
    </message>
    <message>
        <source>阅读所选文章</source>
        <translation>Read the selected article</translation>
    </message>
    <message>
        <source>向下翻页，到底后读下一篇</source>
        <translation>Page down; at the end, the next article</translation>
    </message>
    <message>
        <source>收藏或取消收藏</source>
        <translation>Bookmark or remove the bookmark</translation>
    </message>
    <message>
        <source>放大 / 缩小文字</source>
        <translation>Larger / smaller text</translation>
    </message>
    <message>
        <source>文字恢复原大小</source>
        <translation>Text at normal size</translation>
    </message>
    <message>
        <source>复制引用</source>
        <translation>Copy Citation</translation>
    </message>
    <message>
        <source>打印文章</source>
        <translation>Print the article</translation>
    </message>
    <message>
        <source>导入文件夹</source>
        <translation>Import Folder</translation>
    </message>
    <message>
        <source>快捷键一览</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>快捷键</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>按键</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>功能</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>时间线：每月文章数</source>
        <translation>Timeline: articles per month</translation>
    </message>
    <message>
        <source>%1年%2月：%3 篇</source>
        <translation>%2/%1: %3 articles</translation>
    </message>
    <message>
        <source>每月文章数 · 最多 %1 篇</source>
        <translation>Articles per month · at most %1</translation>
    </message>
    <message>
        <source>没有带日期的文章</source>
        <translation>No dated articles</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
</context>
</TS>
