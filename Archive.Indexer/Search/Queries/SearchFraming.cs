using Archive.Indexer.Chinese;

namespace Archive.Indexer.Search.Queries;

/// <summary>
/// The words a researcher frames a search for precedents with, rather than its subject: where to look (其他城市, 外地,
/// 各地: anywhere but here, which no article says of itself; 类似: like the thing named, which the thing's own articles
/// do not say). Typed beside a subject (其他城市 党群服务中心建设 做法), they
/// made 城市 and 地方 count as subjects of their own, and a partial answer ranked the articles holding them above those on
/// the subject. What kind of answer is wanted (做法, 经验) is no framing: 工作经验 is how the surveys one wants are written.
/// The other places are said with 其他, 别的 or 兄弟 before any kind of place or unit (其他县, 兄弟单位), so every such pair
/// is one: a pair left out of a list (其他县) made 县 a subject that most articles hold. A question asked by its verb
/// and the verb's negation (有没有…的经验, 能不能建党支部, 是不是, 可不可以) is framed so too: held by next to no article,
/// 有没有 was a word every article lacked, and it set the scale that made the subject's words count as common ones.
/// So is a question asking how to do better at its subject (怎么加强年轻干部培养, 如何做好换届, 怎样提高…): the verb of doing
/// better after the interrogative asks for ways, and the articles on the subject are the answer whether they write 加强 or
/// not; counted, it was a word the articles on the subject lacked, and ranked below them those that say 加强 of anything.
/// So is asking what is done (报到以后具体做些什么事情, 博士到基层服务一年都做些什么): the articles describe the doing in
/// their own verbs; 做些, held by no article, set the scale that made every other word count as a common one. Asking
/// what is said (会议一般讲哪些内容, 培训都讲些什么) is the same: the speeches one wants say 讲话, not 讲哪些. A bulletin's
/// section typed as words (组工信息 简讯栏目) says where to look too: the items filed under 简讯 never say 栏目 of
/// themselves, and counted, 栏目 was a word every one of them lacked.
/// </summary>
internal static class SearchFraming
{
    private static readonly string[] Others = ["其他", "别的", "兄弟"];

    private static readonly string[] Places =
        ["城市", "地方", "地区", "省份", "省市", "县市", "市县", "县区", "省", "市", "县", "区", "乡镇", "单位", "部门"];

    private static readonly string[] Interrogatives = ["怎么样", "怎么", "怎样", "如何"];

    /// <summary>The verbs of doing a thing better, said of any subject.</summary>
    private static readonly string[] Bettering =
        ["加强", "做好", "搞好", "抓好", "提高", "提升", "推进", "推动", "强化", "改进", "完善", "促进", "加快"];

    /// <summary>The verbs of doing or saying anything, asked what of (做些什么, 干什么, 讲哪些).</summary>
    private static readonly string[] Doing = ["做", "干", "搞", "讲", "说"];

    private static readonly string[] What = ["什么", "些什么", "哪些"];

    private static readonly string[] Phrases =
    [
        .. Others.SelectMany(other => Places.Select(place => other + place)),
        "外地", "外省", "外市", "外县", "各地", "各省", "各市", "各县", "类似", "栏目",
        .. Interrogatives.SelectMany(asked => Bettering.Select(verb => asked + verb)),
        .. Doing.SelectMany(verb => What.Select(what => verb + what)),
    ];

    /// <summary>The framing phrases of a text folded to simplified script, each from a word's start to a word's end.</summary>
    public static List<(int Start, int Length)> Find(string folded, IReadOnlyList<(int Start, int Length)> words)
    {
        var starts = words.Select(w => w.Start).ToHashSet();
        var ends = words.Select(w => w.Start + w.Length).ToHashSet();
        var found = new List<(int Start, int Length)>();
        void Add(int at, int length)
        {
            if (starts.Contains(at) && ends.Contains(at + length) && !found.Exists(f => f.Start < at + length && at < f.Start + f.Length))
                found.Add((at, length));
        }
        foreach (var phrase in Phrases.OrderByDescending(p => p.Length))
            for (var at = folded.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(phrase, at + 1, StringComparison.Ordinal))
                Add(at, phrase.Length);
        foreach (var (at, length) in VerbAndNegation(folded)) Add(at, length);
        return found;
    }

    /// <summary>
    /// Where a text may ask by a verb and its negation (A不A, A没A: 有没有, 能不能, 是不是; 可不可以, a verb of two
    /// characters whose first is repeated), as spans to be kept where they are words of the text.
    /// </summary>
    private static IEnumerable<(int Start, int Length)> VerbAndNegation(string folded)
    {
        for (var at = 0; at + 2 < folded.Length; at++)
        {
            if (folded[at + 1] is not ('不' or '没') || folded[at] != folded[at + 2] || !CharClass.IsHan(folded[at])) continue;
            yield return (at, 3);
            if (at + 3 < folded.Length) yield return (at, 4);
        }
    }
}
