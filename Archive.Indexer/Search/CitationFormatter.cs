using System.Globalization;
using Archive.Indexer.Chinese;

namespace Archive.Indexer.Search;

/// <summary>
/// Citations of an article (docs/query-syntax.md, "Citations"): GB/T 7714-2015 in the form that fits the kind of
/// document, and the short form people write. Parts the archive does not know are left out, never invented.
/// <list type="bullet">
/// <item>bulletin (内部刊物) with its series, issue and date: a periodical article, [J], 责任者. 题名[J]. 刊名, 年(期): 页码; an issue
/// numbered only by its running count is that count as printed (年(总第203期)).</item>
/// <item>newspaper page, and a bulletin without series, issue or date: [N], 责任者. 题名[N]. 刊名 (else the site it was read on, as the short form names it), 日期(版次).</item>
/// <item>web article: [EB/OL], 责任者. 题名[EB/OL]. 网站, (发布日期)[引用日期]. 获取和访问路径 (its address, where known).</item>
/// <item>notice (公文): [A], 发文机关. 题名: 文号[A]. 成文日期.</item>
/// <item>anything else: [Z], 责任者. 题名[Z]. 出处, 日期.</item>
/// </list>
/// A mirror site's pinyin glosses (黨(dǎng)建) are left out of both forms.
/// A document's 文号 follows its title (题名: 文号) in every form but the periodicals' ([J], [N]): a notice read off a
/// government portal is cited by its number, as the same notice on paper is.
/// </summary>
internal static class CitationFormatter
{
    public static Citation Format(StoredArticle article, StoredDocument document, DateOnly accessed)
    {
        var title = Join(Bare(article.Title), article.Subtitle is { Length: > 0 } sub ? ": " + Bare(sub) : null);
        var date = document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var numbered = title + (document.DocNumber is { } number ? ": " + CitedNumber.Of(number) : "");
        var gbt = document.Kind switch
        {
            DocumentKind.Bulletin when document.Series is { } series && IssueOf(document) is { } issue && document.Date is { } dated =>
                Entry(Responsible(article, document), $"{title}[J]",
                    $"{series}, {dated.Year.ToString(CultureInfo.InvariantCulture)}({issue})" + (article.Page is { } page ? $": {page}" : "")),
            DocumentKind.Bulletin or DocumentKind.NewspaperPage =>
                Entry(Responsible(article, document), $"{title}[N]",
                    Join(document.Publication ?? document.Site, date is null ? null : ", " + date + (article.Page is { } page ? $"({page})" : ""))),
            DocumentKind.WebArticle =>
                Entry(Responsible(article, document), $"{numbered}[EB/OL]",
                    Join(document.Site, date is null ? null : $", ({date})") + $"[{accessed:yyyy-MM-dd}]", document.SourceUrl),
            DocumentKind.Notice =>
                Entry(Parties(document.Publisher ?? article.SourceDepartment), $"{numbered}[A]", date),
            _ => Entry(Responsible(article, document), $"{numbered}[Z]", Join(document.Publication ?? document.Site, date is null ? null : ", " + date)),
        };
        // A mirror's pinyin after characters (市長(zhǎng)) is no part of what the work prints: the values keep it as read,
        // a reference does not.
        return new Citation(PinyinGlossCharFilter.Remove(gbt), PinyinGlossCharFilter.Remove(Short(article, document)));
    }

    /// <summary>
    /// 《安庆组工信息》2022年第8期; 庆组明电〔2020〕2号; 《浙江日报》2015年11月18日第15版; 阜阳先锋网 2022年4月11日; else the
    /// title and date.
    /// </summary>
    public static string Short(StoredArticle article, StoredDocument document)
    {
        var periodical = document.Publication;
        if (periodical is not null && IssueOf(document) is not null)
        {
            return $"{BookTitle(periodical)}{(document.Date is { } d ? $"{d.Year}年" : "")}{IssueSummary.Cited(document.IssueNumber, document.TotalIssueNumber)}";
        }
        if (document.DocNumber is { } number) return CitedNumber.Of(number);
        if (periodical is not null && document.Kind == DocumentKind.NewspaperPage)
        {
            return $"{BookTitle(periodical)}{(document.Date is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "")}{(article.Page is { } page ? $"第{page}版" : "")}";
        }
        var where = periodical is not null ? BookTitle(periodical) : document.Site ?? BookTitle(article.Title);
        return document.Date is { } date ? $"{where} {date.Year}年{date.Month}月{date.Day}日" : where;
    }

    /// <summary>
    /// A title in book-title marks, a title it names in single ones (《关于印发〈干部管理办法〉的通知》), as GB/T 15834
    /// nests them: 《…《…》…》 reads as two titles.
    /// </summary>
    private static string BookTitle(string title) => $"《{title.Replace('《', '〈').Replace('》', '〉')}》";


    /// <summary>
    /// The issue a periodical is cited by: its number in the year, else its running count as printed (总第203期), which
    /// some bulletins print alone.
    /// </summary>
    private static string? IssueOf(StoredDocument document) =>
        document.IssueNumber?.ToString(CultureInfo.InvariantCulture)
        ?? (document.TotalIssueNumber is { } total ? IssueSummary.RunningCount(total) : null);

    /// <summary>
    /// Who answers for the article (主要责任者): its named authors (three at most, then 等) or the document's author, else
    /// its source department, else the publisher, unless the citation names the publisher as its source (an unsigned item
    /// of 浙江日报 is not 浙江日报. …[N]. 浙江日报: GB/T 7714 lets it begin with its title). In a bulletin the source
    /// department comes first: an item there is the department's report (（大观区委组织部）), whoever drafted it.
    /// </summary>
    private static string? Responsible(StoredArticle article, StoredDocument document)
    {
        var department = article.SourceDepartment is { Length: > 0 } d ? d : null;
        if (document.Kind == DocumentKind.Bulletin && department is not null) return Parties(department);
        if (article.Authors.Count > 0) return Listed(article.Authors);
        return Parties(document.Author ?? department
            ?? (document.Publisher is { } publisher && publisher != document.Publication && publisher != document.Site ? publisher : null));
    }

    /// <summary>
    /// Bodies or writers that issue or report jointly, as they sign (鹤岗市人民政府、鹤岗市中级人民法院; 谢倩、闫妍), listed as
    /// GB/T 7714 lists 责任者: apart, with commas. A list in brackets names one body's other names
    /// (县委组织部（县人才办、县老干部局）) and stays whole.
    /// </summary>
    private static string? Parties(string? bodies)
    {
        if (bodies is null) return null;
        var parts = new List<string>();
        var (depth, from) = (0, 0);
        for (var i = 0; i <= bodies.Length; i++)
        {
            var c = i < bodies.Length ? bodies[i] : '、';
            if (c is '（' or '(') depth++;
            else if (c is '）' or ')' && depth > 0) depth--;
            else if (c == '、' && (depth == 0 || i == bodies.Length))
            {
                if (bodies[from..i].Trim() is { Length: > 0 } part) parts.Add(part);
                from = i + 1;
            }
        }
        return parts.Count > 0 ? Listed(parts) : bodies;
    }

    /// <summary>Several 责任者: three at most, then 等 (GB/T 7714-2015, 8.1.1).</summary>
    private static string Listed(IReadOnlyList<string> names) => string.Join(", ", names.Take(3)) + (names.Count > 3 ? ", 等" : "");

    /// <summary>A title or a deck without the full stop a deck sentence ends with (…去年共培训793万人次。[N] is no citation).</summary>
    private static string Bare(string title) => title.TrimEnd().TrimEnd('。', '.', '；', ';');

    private static string Entry(string? responsible, string title, string? source, string? address = null)
    {
        var parts = new[] { responsible, title, source, address }.Where(p => !string.IsNullOrWhiteSpace(p));
        return string.Join(". ", parts) + ".";
    }

    private static string? Join(string? head, string? tail) =>
        head is null ? tail?.TrimStart(',', ' ') : head + tail;
}
