namespace Archive.Indexer.Search.Queries;

/// <summary>
/// The words a question or a search for precedents is put in around its subject: who asks whom (上级党委如何考核下级…:
/// 上级, 下级), the frame (…的情况, 怎样解决…问题, 相关), the kind of answer wanted (…的做法, …经验). Rare enough in the
/// articles to count as a subject, they ranked the articles that happen to say 上级 or 做法 above those on what was
/// asked. They count as the commonest words do; left out, they would lose 工作经验 of the surveys one wants. The kind
/// of answer is also asked for as ways and steps (有哪些办法, 采取了什么措施, 好举措): 办法 is a common title word too
/// (管理办法), so an article titled so outranked the ones on what was asked; and as cases (有没有例子, 典型案例). A question
/// in everyday words also says when and how precisely (报到以后具体做些什么事情, 换届之前, 没有党员怎么建):
/// rare in reports, 以后 and 事情 counted two each, and an article holding them and 干部 outranked the ones on members
/// reporting to their communities. 期间 is not one: 疫情期间 is the subject's time, and counting it one put articles on
/// the epidemic in general above those on its supplies. The interrogatives themselves (如何, 怎样, 哪些, 有关) are stop
/// words already.
/// </summary>
internal static class QuestionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "上级", "下级", "情况", "问题", "相关", "做法", "经验", "办法", "措施", "举措", "例子", "案例",
        "以后", "之后", "以前", "之前", "具体", "事情", "没有",
    };

    /// <summary>Whether a word, folded to simplified script, is one a question is put in.</summary>
    public static bool Contains(string folded) => Words.Contains(folded);
}
