using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// The shape of an organization's name as documents print it: 中共安庆市委组织部研究室, 阿里地区行政公署, 区委组织部组织科,
/// 市卫生健康委, 局办公室, and the abbreviations departments sign with (通组, 刚组, 解团). Reads folded text.
/// </summary>
internal static partial class Organization
{
    /// <summary>A whole name of an organization (optionally followed by 编, 编印, 主办, 印), or of a few issuing jointly, joined by 、.</summary>
    public static bool IsName(string folded) =>
        folded.Length <= 40 && !folded.StartsWith("关于", StringComparison.Ordinal) && !NotAName().IsMatch(folded.Trim())
        && Punctuation.Compact(folded).Split('、') is { Length: <= 4 } bodies && bodies.All(b => Name().IsMatch(b) && !NotAName().IsMatch(b));

    /// <summary>
    /// A token of a credit that names a body rather than a person: it holds a word of organizations (委, 部, 办, 局,
    /// 组, 团 …) or ends like a newspaper, station or site (日报, 电视台, 网), or a county media centre's short name (平舆融媒).
    /// </summary>
    public static bool HasBodyWord(string token) => BodyWord().IsMatch(token);

    /// <summary>
    /// A name a copy site masked ((略)人民政府办公厅, XX局): it holds a place for a name, not one. (某某 is not a mask: documents
    /// and their templates write it for a name left general.)
    /// </summary>
    public static bool IsMasked(string name) => Mask().IsMatch(name);

    [GeneratedRegex(@"\(\s*略\s*\)|[XＸ×*＊☆]{2}")]
    private static partial Regex Mask();

    [GeneratedRegex(@"^(?:中共)?[\u4e00-\u9fa5()]{1,36}?(?:组织部|宣传部|统战部|研究室|办公室|办公厅|委员会|人民政府|行政公署|编辑部|指挥部|领导小组办公室|研究所|课题组|调研组|写作组|党委|党组|党工委|工委|政府|中心|局|厅|处|科|室|股|部|委|办|社|院|校)(?:编印|编发|主办|编|印)?$")]
    private static partial Regex Name();

    /// <summary>
    /// A headline ending in 干部 or 全部, one telling that a body was set up (成立全市首个…党委, 组建…党支部, 筹建…), by a body
    /// named before the verb too (公共管理学院成立研究生党支部), or phrases apart (…咒语 激发…干部): no organization's name. The
    /// verb inside a name (福建成都商会党委, …设立新区工作委员会) is no such telling.
    /// </summary>
    [GeneratedRegex(@"(?:干部|全部|内部|外部|局部|俱乐部)$|^(?:建立|成立|组建|建成|设立|筹建)|[院校部委会局所](?:建立|成立|组建|建成|设立)|[\u4e00-\u9fa5]\s[\u4e00-\u9fa5]")]
    private static partial Regex NotAName();

    [GeneratedRegex(@"[委部办局处科室股组团队社厅院校司所站台馆会]|党|政府|中心|日报|晚报|报社|网$|融媒$|公署|人大|政协|宣$")]
    private static partial Regex BodyWord();
}
