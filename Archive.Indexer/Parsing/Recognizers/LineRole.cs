namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>What a line is, as the first recognizer that accepts it says (see <see cref="LineClassifier"/>).</summary>
internal enum LineRole
{
    /// <summary>- 2 -, —3—, 第2页, 1 / 3: dropped, but tells the page of the lines before it.</summary>
    PageNumber,
    /// <summary>━━━, -----: dropped.</summary>
    Rule,
    /// <summary>(下转第3版), (接上期), (未完待续) alone on a line: where the text goes on or came from, dropped.</summary>
    Jump,
    /// <summary>The series or issue repeated at the top or foot of every page: dropped.</summary>
    RunningHeader,
    /// <summary>A web page's navigation, widgets, comment boxes, ads and copy-site notices: dropped.</summary>
    WebChrome,
    /// <summary>报：… 送：… 发：… 抄送：…, 共印N份, 此件发至…, …印发.</summary>
    DistributionFooter,
    /// <summary>主办单位, 版权所有, ICP备, 地址 …: the site's footer.</summary>
    SiteFooter,
    /// <summary>目录, 本期目录, 本期导读, 本期要目.</summary>
    ContentsLabel,
    /// <summary>第8期, 2020年第2期（总第437期）, 总第156期, 第十二期.</summary>
    IssueLine,
    /// <summary>The name of a bulletin: 安庆组工信息, 组 工 通 讯.</summary>
    Masthead,
    /// <summary>An issuer and a date, or a date alone: 中共郑州市委组织部　二○二三年九月八日, (2019年3月31日).</summary>
    IssuerAndDate,
    /// <summary>A 文号 line: 庆组明电〔2020〕2号.</summary>
    DocumentNumber,
    /// <summary>A web page's metadata: 发布时间：…, 来源：…, 作者：…, 浏览次数, 索引号, a portal's URL and time.</summary>
    WebLabel,
    /// <summary>A table-of-contents entry with its page: 标题……2.</summary>
    ContentsEntry,
    /// <summary>〔工作动态〕, 【基层动态】, ◎他山之石, ★ 市内信息, >> 盟市动态.</summary>
    SectionHeading,
    /// <summary>编者按：….</summary>
    EditorsNote,
    /// <summary>A closing source: （宜秀区委组织部）, 某某县委组织部供稿, 供稿：…, 供稿单位：….</summary>
    Attribution,
    /// <summary>Who wrote it: 本报记者 王新伟 吴秉泽, (通讯员 崔璨), 撰稿：….</summary>
    Byline,
    /// <summary>A photo caption or credit: … 于晓宇 摄, 图为…, 张洁 供图.</summary>
    Caption,
    /// <summary>同志们：, 各位领导：大家好！</summary>
    Salutation,
    /// <summary>主送: 各县（市、区）委组织部，市直各单位：</summary>
    Recipients,
    /// <summary>A short line without a sentence in it: a title, a section, a sub-heading, as the layout says.</summary>
    Heading,
    /// <summary>Everything else.</summary>
    Body,
}

/// <summary>What a role says about its line: its printed name, whether it is page furniture.</summary>
internal static class LineRoles
{
    // The name --json prints for each role (page_number), made once: a document has thousands of lines.
    private static readonly string[] Names = Enum.GetValues<LineRole>()
        .Select(r => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(r.ToString())).ToArray();

    public static string Name(this LineRole role) => Names[(int)role];

    /// <summary>Page furniture is dropped from the text, never an article's or the front matter's.</summary>
    public static bool IsFurniture(this LineRole role) =>
        role is LineRole.PageNumber or LineRole.Rule or LineRole.Jump or LineRole.RunningHeader or LineRole.WebChrome;
}
