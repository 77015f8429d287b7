using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// A web page's furniture as a copy keeps it: breadcrumbs (当前位置：首页 > …), menus (关于我们 | 联系我们 | …), font and
/// print widgets (【字体：大 中 小】, 打印本页 关闭窗口), e-paper navigation (上一版 下一版, 版面导航, 展开通版, 文章字数:364), comment boxes, share
/// links, ads, the notices copy sites insert (此处隐藏5422字，下载后查看, 预览结束; a preview's calls to members: 仅供站内会员学习参考,
/// 请【点此注册】加入会员, 未登陆用户请【登录…), a site's word that a text does not speak for it (本内容不代表本网观点和政治立场…),
/// a site's terms of reprinting
/// (转载请注明出处, 未经授权严禁转载) and scraped image names (ad1 webp). Reads folded text.
/// </summary>
internal static partial class WebChrome
{
    public static bool Matches(string folded)
    {
        if (folded.Length > 120) return folded.Length <= 400 && (CopySiteIntroduction().IsMatch(folded) || LanguageOffer().IsMatch(folded));
        var text = folded.Trim();
        if (text.Length == 0) return false;
        if (text.Trim('|', ' ', '-', ':').Length == 0) return true; // a table's empty cells or its header rule
        if (WithoutPictures(text).Length == 0) return true; // a picture a copy kept as Markdown, alone on its line
        text = ListBullet().Replace(text, ""); // a copy's list markers (- 上一篇：…) are no part of the widget
        text = LostArrow().Replace(text, "").Trim(); // nor an e-paper's arrows that lost their symbol font (3上一篇, 下一版4)
        return WidgetLine().IsMatch(text) || WidgetWords().IsMatch(text)
               || IsBreadcrumb(text)
               || (text.Contains('|') || text.AsSpan().Count(' ') >= 4) && IsMenu(text) && Byline.Read(text) is null
               || IsKeywordSpam(text) || ConsentNotice().IsMatch(text) || Kana().Count(text) >= 3 || LanguageOffer().IsMatch(text);
    }

    /// <summary>
    /// A site's notice asking consent to its privacy terms (本网站使用相关技术…尊重使用者隐私…代表您同意上述规范, 请同意我们的隐私权规范，
    /// 才能启用听新闻的功能): the site's words about itself, above or between the page's. A text's own words about privacy
    /// (我们严格保护群众个人隐私，经本人同意后方可公示) name no site, no terms and no cookies.
    /// </summary>
    [GeneratedRegex(@"(?:本网站|本站)[^。]{0,40}(?:隐私|cookie)[^。]{0,60}同意|(?:隐私权?(?:政策|声明|规范|条款)|cookie)[^。]{0,60}同意|同意[^。]{0,10}(?:本网站|本站|我们)的?(?:隐私权?(?:政策|声明|规范|条款)|cookie)", RegexOptions.IgnoreCase)]
    private static partial Regex ConsentNotice();

    /// <summary>A site's offer of its edition in another language, in that language (…Would you like to go to CNA's English website…).</summary>
    [GeneratedRegex(@"^[^\u4e00-\u9fff]*\b(?:English|Chinese|Japanese)\s+(?:website|version|edition|site)\b[^\u4e00-\u9fff]*$", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageOffer();

    /// <summary>
    /// Japanese kana: a line holding several is a site's offer of its Japanese edition, no line of a Chinese text. Not the
    /// katakana middle dot, long mark or double hyphen (・ー゠), which Chinese names and slogans use (『躍動・共融・關愛』).
    /// </summary>
    [GeneratedRegex(@"[\u3041-\u3096\u30a1-\u30fa]")]
    private static partial Regex Kana();

    /// <summary>
    /// The text without the pictures a copy kept as Markdown (![](…), ![培训现场](/uploads/px.jpg)), glued to a paragraph's
    /// start or end: an image and its address, no words of the text.
    /// </summary>
    public static string WithoutPictures(string text) =>
        text.Contains("![", StringComparison.Ordinal) ? MarkdownPicture().Replace(text, "").Trim() : text;

    /// <summary>
    /// A breadcrumb (当前位置：首页 > …, 西藏频道 > 正文, 柘城县> 正文): what stands above it is the site's banner, never the page's headline.
    /// A line that ends a sentence is text, whatever arrows it holds (markup quoted in it: …工作。&lt;b&gt;注&lt;/b&gt;).
    /// </summary>
    public static bool IsBreadcrumb(string folded)
    {
        var text = folded.Trim();
        if (text.Contains('。')) return false;
        return (text.Contains('>') || text.StartsWith("位置", StringComparison.Ordinal) || text.StartsWith("当前", StringComparison.Ordinal)
                || text.StartsWith("您", StringComparison.Ordinal) || text.StartsWith("你", StringComparison.Ordinal)
                || text.StartsWith("首页", StringComparison.Ordinal)) && Breadcrumb().IsMatch(text);
    }

    /// <summary>
    /// The keywords a spam mirror stuffs above a copied page (99久久精品…,亚洲国产成人…,…; 国产日韩欧美一区二区_…): three
    /// short items or more, run together by commas or underscores, no sentence among them, two at least with the
    /// adult sites' words.
    /// </summary>
    private static bool IsKeywordSpam(string text)
    {
        if (text.AsSpan().IndexOfAny("。!?;") >= 0) return false;
        var items = text.Split([',', '_', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length >= 3 && items.All(i => i.Length <= 24) && items.Count(i => SpamWords().IsMatch(i)) >= 2;
    }

    /// <summary>
    /// A 范文 site's introduction, however long the definition it opens with: it ends by offering what its editor
    /// gathered (…下面就是小编给大家整理的组织工作会议讲话稿，仅供参考。).
    /// </summary>
    [GeneratedRegex(@"(?:小编|本站|本网)[^。]{0,20}整理[^。]{0,40}(?:仅供|供)(?:大家|您)?参考[。.!]?\s*$")]
    private static partial Regex CopySiteIntroduction();

    // 久久 only where the sites write it (99久久, 精品久久, 久久精品): 久久为功 and 久久不忘 are everyday words.
    [GeneratedRegex(@"[0-9]久久|精品久久|久久(?:精品|综合|热|视频|免费|国产)|少妇|熟女|人妻|一区二区|中文字幕|无码|波多野|日韩欧美|欧美日韩|(?<![a-z])av(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex SpamWords();

    /// <summary>A line a list's bullet opens (· 鱼峰区建立后备干部“轮岗换位”制度, - 上一篇：…): an item of a list, a sidebar's most often.</summary>
    public static bool IsListed(string folded) => ListBullet().IsMatch(folded.TrimStart());

    /// <summary>
    /// The heading of a block of other pages' teasers or a page's keyword links after the text (新闻推荐, 相关阅读, 推荐阅读, 猜你喜欢,
    /// 往期推荐, 相关热词搜索): what
    /// follows it is no part of the article.
    /// </summary>
    public static bool OpensRelated(string folded) => RelatedHeading().IsMatch(folded.Trim());

    /// <summary>The heading of a site's disclaimer after the text (免责声明:): what follows it is the site's, not the text's.</summary>
    public static bool OpensDisclaimer(string folded) => Disclaimer().IsMatch(folded.Trim());

    [GeneratedRegex(@"^(?:免责(?:声明|申明)|版权(?:及免责)?声明)\s*:?$")]
    private static partial Regex Disclaimer();

    [GeneratedRegex(@"^(?:\(?\+?[0-9]{2,4}\)?[\s-]?)?[0-9][0-9\s-]{5,16}$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^(?:https?://)?(?:[\w-]+\.)+(?:com|cn|net|org|hk|tw|mo)(?:/\S*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactValue();

    /// <summary>Three or more short items separated by | or by spaces alone, with no sentence among them; a byline's roles
    /// and names (记者 王芳 通讯员 吕琳琳 孟维学) are no menu.</summary>
    private static bool IsMenu(string text)
    {
        if (text.AsSpan().IndexOfAny("。,;!?") >= 0) return false;
        var byBar = text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // A contact box's row is one too: its labels and their numbers, mail boxes and addresses ((852) 3600 3600, news@opg.com.hk).
        if (byBar.Length >= 3 && byBar.All(i => i.Length <= 12 || ContactValue().IsMatch(i))) return true;
        var bySpace = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return bySpace.Length >= 5 && bySpace.All(i => i.Length is >= 2 and <= 4 && i.All(char.IsLetter));
    }

    /// <summary>
    /// A breadcrumb: 当前位置：首页 > … (当前所在：首页 > 勤政简报), 首页 > 工作动态 > 正文; or its steps run together where a copy lost the
    /// separators (首页范文工作报告调研报告): a headline never opens on the home page's link.
    /// </summary>
    [GeneratedRegex(@"^(?:当前(?:位置|所在)|[您你](?:现在|当前)?(?:所在)?的位置|所在位置|当前页面|位置)\s*[:>]|^首页\s*-?>|\S\s*-?>\s*\S.*-?>|(?:^|\s)-?>\s*$|-?>\s*(?:正文|详情)$|^首页[\u4e00-\u9fa5]{2,28}$")]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"^[-*·•]\s+")]
    private static partial Regex ListBullet();

    /// <summary>
    /// The arrows e-paper templates draw in a symbol font (Webdings' 3 and 4 are ◄ and ►): a copy that lost the font keeps the
    /// digit glued to the link (3上一篇, 3上一版  下一版4). Only before 上一 and after 下一, where no count of the text stands.
    /// </summary>
    [GeneratedRegex(@"^3\s*(?=上一[篇版期条])|(?<=下一[篇版期条])\s*4$")]
    private static partial Regex LostArrow();

    [GeneratedRegex(@"!\[[^\]\n]{0,80}\]\([^)\s]{0,300}\)")]
    private static partial Regex MarkdownPicture();

    [GeneratedRegex(@"^(?:新闻推荐|相关新闻|相关阅读|推荐阅读|延伸阅读|相关文章|相关链接|相关推荐|猜你喜欢|热门推荐|热点推荐|更多阅读|往期推荐|往期回顾|往期精彩|精彩推荐|精彩回顾|热文推荐|相关热词搜索|相关热词|热词搜索)\s*[:>»]*$")]
    private static partial Regex RelatedHeading();

    /// <summary>
    /// A line that is a widget whole (返回顶部, 上一篇：…, 上一条：…): share and count buttons alone or in a row (阅读 转发 点赞
    /// 评论, 【打印】【关闭】), a share button's label whose icons were lost (分享：), a loading notice, a rating box (评分),
    /// an aggregator's link to more (阅读更多 … 的文章), a reading
    /// time (本文共856字，预计阅读时间3分钟), a comment box's heading and captcha (留言与评论(共有 条评论), 验证码:) and a
    /// pop-up's lone close mark (×), an account's calls to follow and like (点击蓝字 关注我们, 关注微信公众号, 喜欢就点个在看吧), a forum's
    /// calls to register and log in (马上注册，结交更多好友…, 您需要 登录 才可以下载或查看，没有账号？注册), a menu's 导航, a page's
    /// tracking code (a run of digits alone: 010020070800000000…), a portal's switches of script and access alone or in a
    /// row (| 繁體 | 网站已支持ipv6, 进入适老模式 无障碍阅读), a page's close or print link alone (关闭本页), a mood vote's prompt
    /// (请选择您浏览此新闻时的心情), a prompt to read the page on a phone (扫码阅读手机版), a lost image's name (logo) and a scraped picture's file name, a copy's number too (新建位图图像 (2).jpg), an HTML comment left as text
    /// with its &lt; lost or garbled (壟!-- /8962/web_cntv/… --&gt;), a box's link to more under its name (更多 今日话题), and a
    /// site's home link alone or before a few menu words (首页, 学校首页, 首页 往期回顾), its language switch (En) and an e-paper's
    /// download link (PDF下载), an app's name twice around its lost icon's word (中央社一手新闻APP Icon中央社一手新闻APP), and its download link (下载); labels whose values the copy lost, a row of the page's dates (出版:更新:), a clock's
    /// (今天是: |) and a ticker's (公告通知:); a page's tags, listed or lost (标签:调研报告范文,…, 标签:), and a picture's marker
    /// alone (【资料图】); an e-paper's page and issue links and zoom buttons each alone on its line (上一版, 下一期, 放大); a site's
    /// greeting alone (欢迎访问 反腐倡廉网!).
    /// </summary>
    [GeneratedRegex(@"^(?:logo|手机版|电脑版|网站地图|返回顶部|回到顶部|返回首页|返回目录|返回列表|English|En|(?:学校|网站|学院|本站)?首页(?:\s+[\u4e00-\u9fa5]{2,6}){0,6}|PDF\s*下载|下载\s*PDF|下载(?:APP|客户端)?|(?<app>\S{2,20})\s*(?:Icon|图标)\s*\k<app>|(?:标题|版面|文章|网站)?导航|语音朗读|正文|更多>*|上一篇.*|下一篇.*|分享到.*|分享\s*:|相关文章.*|相关阅读.*|相关新闻.*|评论一下|最热评论|最新评论|微信订阅号|网站编辑|文章播报|语音引擎就绪|进度:.*|seo|\[后台管理\]|(?:信息|站内|全站|网站)(?:搜索|检索):?|我有话说|扫一扫.*|左右滑动查看更多|查看原文|阅读原文|点击查看.*|(?:字体|字号)\s*:.*|网友评论|\[?接[上下]页\]?"
                    + @"|[上下]一条(?:\s*:.*)?|(?:正在)?加载中.*|(?:我要)?评分|欢迎(?:访问|光临|来到|进入)\s*[^\s。,;]{2,30}[!！]?"
                    + @"|通版阅读请?点击\s*:?|(?:展开|收缩)通版|文章字数\s*:\s*[0-9]*|[上下]一[版期]|放大|缩小"
                    + @"|\S?!--.{0,80}-->|更多\s+\S.{0,10}"
                    + @"|(?:马上|立即|免费)注册\s*[,，].{0,40}|您?(?:需要|请先?)\s*登录\s*(?:后?才|后)(?:可以|能).{0,30}"
                    + @"|(?:发表|我要|留言与?)评论\s*(?:\(.{0,16}\))?|(?:请输入)?验证码\s*:?|[×✕✖]|(?:关闭|打印)本?页|请选择您?(?:浏览|阅读|看完)此(?:新闻|文章|信息)(?:时|后)的心情"
                    + @"|点击(?:上方)?蓝字.{0,12}|(?:点击)?关注我们|(?:扫码|欢迎)?关注(?:微信)?公众号.{0,12}|(?:喜欢就|觉得不错就?|记得|别忘了)点个?(?:赞|在看)[吧哦呀!]*|点个(?:赞|在看)[吧哦呀!]*|长按(?:二维码)?(?:识别|关注).{0,16}|扫码关注.{0,16}|扫码(?:阅读|浏览|访问|查看)(?:手机版|移动版|手机端|全文)"
                    + @"|(?:阅读|查看|浏览|点击)更多(?:>+|»|\.+|…+)?|阅读更多\s+\S.{0,30}的文章"
                    + @"|(?:[【\[]?(?:阅读|转发|点赞|评论|分享|收藏|在看|打印|关闭|举报|赞)[】\]]?\s*[0-9]*\s*)+"
                    + @"|(?:本篇文章|本文|全文|文章)(?:共|约|总计)?\s*[0-9]+\s*字.{0,12}[0-9]+\s*分钟"
                    + @"|(?:预计)?阅读(?:本文)?(?:时间|约|大约|需要?|约需)+\s*:?\s*[0-9]+\s*分钟"
                    + @"|[\w-]{0,30}(?:\s?\([0-9]{1,3}\))?[\s.]?(?:webp|jpe?g|png|gif)|[0-9]{16,}"
                    + @"|(?:(?:出版|更新|发布)(?:时间|日期)?\s*:\s*){2,3}|今天是\s*:\s*\|?|(?:公告通知|通知公告|最新公告)\s*:"
                    + @"|(?:标签|tags?)\s*:.*|[【\[](?:资料)?(?:图|图片|照片|视频)[】\]]"
                    + @"|(?:[|\s]*(?:[繁简]体版?|无障碍(?:阅读|浏览|服务|模式|版)?|(?:进入|退出|切换)?(?:适老|长辈|关怀)(?:化|模式|版)+|(?:网站|本站)?已?支持\s*ipv6))+[|\s]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex WidgetLine();

    /// <summary>
    /// A widget's words inside a line (【字体：大 中 小】, 打印本页 关闭窗口). Every branch opens with a literal, so the
    /// search skips ahead to the few places one starts instead of trying each branch at each character.
    /// </summary>
    [GeneratedRegex(@"[【\[]\s*字[体号]|视力保护色|打印本页|关闭窗口|上一版.*下一版|上一篇.*下一篇|放大\s*缩小|还没有评论|抢沙发|您尚未登录|网友评论仅供|文明上网|(?<=[0-9])条评论|已有[0-9]+人(?:参与|发表了?评论)|评论\s*[0-9]+人参与|此处隐藏\s*[0-9]+\s*字|下载后查看|预览结束|免费获取全文|站内会员|【点此注册】|【刷新页面】|未登[录陆]用户请|转载请注明|不代表本(?:网|站|平台|号)的?(?:观点|立场)|(?:本网|本站|本平台|本公众号|本号|原创|稿件|作品|图片|文章)[^。]{0,24}?(?:未经|严禁|禁止|不得)[^。]{0,16}?转载|省略\s*[0-9]+\s*字|立即了解|由会员分享|欢迎下载|收藏此页|爱问\(iAsk|意见反馈留言板|小编.{0,12}整理|(?:本站|本网)为(?:你|您|大家).{0,10}整理|(?:以下|下面)是.{0,30}整理的|(?:www\.|https?://)[\w.-]+\.(?:com|cn|net|org)/?$")]
    private static partial Regex WidgetWords();
}
