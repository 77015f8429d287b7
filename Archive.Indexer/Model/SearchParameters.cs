using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Archive.Indexer.Model;

/// <summary>
/// A search as URL parameters, one way for the UI, the API and the CLI: q, one repeatable parameter per facet
/// (section, dept, region, year, kind, series, keyword; OR within a facet, AND across), sort, page and size,
/// with the same names, limits and defaults everywhere. An instance is one URL as read (<see cref="Read"/>): the
/// request, whether an order was asked for, the parameters left out and the ones changed to fit.
/// </summary>
public sealed partial record SearchParameters(SearchRequest Request, bool SortGiven, IReadOnlyList<FieldProblem> Refused, IReadOnlyList<FieldProblem> Adjusted)
{
    public const string Query = "q";
    public const string Section = "section";
    public const string Department = "dept";
    public const string Region = "region";
    public const string Year = "year";
    public const string Kind = "kind";
    public const string Series = "series";
    public const string Keyword = "keyword";
    public const string Sort = "sort";
    public const string Page = "page";
    public const string Size = "size";

    public const int MaxValuesPerFacet = 20;
    /// <summary>The index keeps facet values up to 200 characters; a longer value can match nothing.</summary>
    public const int MaxValueLength = 200;
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    public static IReadOnlyList<FacetField> Facets { get; } = Enum.GetValues<FacetField>();

    public static IReadOnlyList<string> SortNames { get; } = [.. Enum.GetValues<SearchSort>().Select(SortName)];

    public static string Name(FacetField field) => field switch
    {
        FacetField.Section => Section,
        FacetField.Department => Department,
        FacetField.Region => Region,
        FacetField.Year => Year,
        FacetField.Kind => Kind,
        FacetField.Series => Series,
        FacetField.Keyword => Keyword,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>The facets' Chinese labels, as pages and the CLI show them (and as query fields are written).</summary>
    public static string Label(FacetField field) => field switch
    {
        FacetField.Section => "栏目",
        FacetField.Department => "来源单位",
        FacetField.Region => "地区",
        FacetField.Year => "年份",
        FacetField.Kind => "类型",
        FacetField.Series => "刊物",
        FacetField.Keyword => "主题词",
        _ => field.ToString(),
    };

    /// <summary>The document kinds' codes, as kind= values, JSON and corrections write them (bulletin, web_article ...).</summary>
    public static IReadOnlyList<string> KindCodes { get; } = [.. KindNames.Codes];

    /// <summary>A kind's Chinese name (组工信息, 通知 ...), as pages show it.</summary>
    public static string KindLabel(DocumentKind kind) => KindNames.Label(kind);

    /// <summary>Every kind in its Chinese name with its code: 组工信息（bulletin）、通知（notice）…</summary>
    public static string KindsListed => KindNames.Listed;

    /// <summary>A kind named by its code or by any name people call it, in its Chinese name; a name of no kind as given.</summary>
    public static string KindLabel(string name) => KindNames.TryResolve(name, out var kind) ? KindNames.Label(kind) : name;

    public static string SortName(SearchSort sort) => sort.ToString().ToLowerInvariant();

    /// <summary>With a query the best matches come first; browsing without one shows the newest first.</summary>
    public static SearchSort DefaultSort(string? query) => string.IsNullOrWhiteSpace(query) ? SearchSort.Newest : SearchSort.Relevance;

    /// <summary>
    /// Reads the parameters of a URL. What cannot be searched as given is said in <see cref="Refused"/>
    /// and left out (a query too long is cut to its first part); what was out of range and changed to fit (a page
    /// past the last, too many values) in <see cref="Adjusted"/>.
    /// A refusal is a 400 in the API and a page offering the corrected link; an adjustment is a warning in the API
    /// and a note above the results on the page.
    /// </summary>
    public static SearchParameters Read(IEnumerable<KeyValuePair<string, IEnumerable<string?>>> parameters, int defaultPageSize,
        int maxQueryLength = SearchRequest.MaxQueryLength)
    {
        var refused = new List<FieldProblem>();
        var adjusted = new List<FieldProblem>();
        string? query = null;
        SearchSort? sort = null;
        int page = 1, size = defaultPageSize;
        var filters = new Dictionary<FacetField, IReadOnlyList<string>>();

        foreach (var (name, values) in parameters)
        {
            var key = name.ToLowerInvariant();
            // Control characters in a query are dropped as in every text the archive reads; in any other value read (a
            // facet, an order, a number) they are no typing but a broken or crafted link, and it filters by nothing. An
            // app's own parameter is none of the archive's business.
            var read = key is Sort or Page or Size || FacetNamed(name) is not null;
            var written = read ? values.Where(v => Typed(name, v, refused)) : values;
            var given = written.Select(v => Readable(name, v, adjusted)).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
            if (given.Count == 0) continue;
            // A parameter of one value given twice with two values (page=1&page=2, as a link appending to another's
            // query does) is said whichever it is: the first is read, and nothing showed that the second was not.
            if (key is Query or Sort or Page or Size && given.Distinct(StringComparer.Ordinal).Count() > 1)
                adjusted.Add(Adjustment(key, $"{key} was given more than once ({Shorten(string.Join(", ", given))})", "the first was used.",
                    $"参数 {key} 出现了多次（{Shorten(string.Join("、", given))}）", "只保留第一个。"));
            switch (key)
            {
                case Query:
                    query = given[0];
                    if (query.Length > maxQueryLength)
                    {
                        // Refused, as what was typed cannot be searched; the request keeps its first part to offer instead.
                        refused.Add(new(Query, $"the query has {query.Length} characters; at most {maxQueryLength} are allowed.",
                            $"检索词太长：{query.Length} 个字符，最多 {maxQueryLength} 个。"));
                        query = query[..maxQueryLength];
                    }
                    break;
                case Sort:
                    sort = Enum.GetValues<SearchSort>().Cast<SearchSort?>().FirstOrDefault(s => SortName(s!.Value) == given[0].ToLowerInvariant());
                    if (sort is null)
                        refused.Add(new(Sort, $"'{Shorten(given[0])}' is not an order; use relevance, newest or oldest.",
                            $"不认识的排序“{Shorten(given[0])}”。可用：relevance（相关度）、newest（最新）、oldest（最早）。"));
                    break;
                case Page:
                    page = ReadNumber(Page, "页码", given[0], 1, SearchRequest.MaxPage, 1, refused, adjusted);
                    break;
                case Size:
                    size = ReadNumber(Size, "每页条数", given[0], 1, SearchRequest.MaxPageSize, defaultPageSize, refused, adjusted);
                    break;
                default:
                    if (FacetNamed(name) is not { } field)
                    {
                        // Ignored with a note: apps add their own to a shared link (WeChat's from=singlemessage, utm_source).
                        adjusted.Add(Adjustment(name,
                            $"'{Shorten(name)}' is not a search parameter; the parameters are {Query}, {string.Join(", ", Facets.Select(Name))}, {Sort}, {Page} and {Size}",
                            "it was ignored.",
                            $"不认识的参数“{Shorten(name)}”（可用的参数：{Query}、{string.Join("、", Facets.Select(Name))}、{Sort}、{Page}、{Size}）", "已忽略。"));
                        break;
                    }
                    var accepted = given.Select(v => Accept(field, v, refused)).OfType<string>();
                    filters[field] = [.. (filters.GetValueOrDefault(field) ?? []).Union(accepted, StringComparer.Ordinal)];
                    break;
            }
        }
        // Counted once all are in: a facet's values may come under two names (dept, department) or in several pairs.
        foreach (var (field, values) in filters.Where(f => f.Value.Count > MaxValuesPerFacet).ToList())
        {
            adjusted.Add(Adjustment(Name(field), $"at most {MaxValuesPerFacet} values of {Name(field)} can be given", $"the first {MaxValuesPerFacet} were used.",
                $"{Label(field)}最多可选 {MaxValuesPerFacet} 个值", $"只保留前 {MaxValuesPerFacet} 个。"));
            filters[field] = [.. values.Take(MaxValuesPerFacet)];
        }
        foreach (var empty in filters.Where(f => f.Value.Count == 0).Select(f => f.Key).ToList()) filters.Remove(empty);
        var request = new SearchRequest { Query = query, Filters = filters, Sort = sort ?? DefaultSort(query), Page = page, PageSize = size };
        return new SearchParameters(request, sort is not null, FieldProblems.Said(refused), FieldProblems.Said(adjusted));
    }

    /// <summary>
    /// One year as a search's year filter reads it: full-width digits as a Chinese keyboard types them, an empty value as
    /// none, a value that is no year or holds a control character refused, said. For what is filtered by a year alone
    /// (the timeline of bulletins), so a link's year means there what it means in a search.
    /// </summary>
    public static (int? Year, FieldProblem? Refused) ReadYear(string? value)
    {
        var reading = Read([new(Year, [value])], SearchRequest.DefaultPageSize);
        return (reading.Request.Filters.GetValueOrDefault(FacetField.Year) is [var year] ? int.Parse(year, CultureInfo.InvariantCulture) : null,
            reading.Refused.FirstOrDefault());
    }

    /// <summary>The parameters of a request, defaults left out (a page of the default size, the default order), so links stay short.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Of(SearchRequest request, int defaultPageSize)
    {
        if (!string.IsNullOrWhiteSpace(request.Query)) yield return new(Query, request.Query);
        foreach (var field in Facets)
        {
            if (!request.Filters.TryGetValue(field, out var values)) continue;
            foreach (var value in values) yield return new(Name(field), value);
        }
        if (request.Sort != DefaultSort(request.Query)) yield return new(Sort, SortName(request.Sort));
        if (request.Page > 1) yield return new(Page, request.Page.ToString(CultureInfo.InvariantCulture));
        if (request.PageSize != defaultPageSize) yield return new(Size, request.PageSize.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Whether a parameter names a facet filter (dept, or department as older links name it), in any case.</summary>
    public static bool IsFacet(string name) => FacetNamed(name) is not null;

    /// <summary>"department" is how pages named dept before one name served both; their old links still work.</summary>
    private static FacetField? FacetNamed(string name) =>
        string.Equals(name, "department", StringComparison.OrdinalIgnoreCase) ? FacetField.Department
        : Facets.Cast<FacetField?>().FirstOrDefault(f => string.Equals(Name(f!.Value), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The value as the index holds it (a kind as its code), or null when it can match nothing.</summary>
    private static string? Accept(FacetField field, string value, List<FieldProblem> refused)
    {
        var name = Name(field);
        if (value.Length > MaxValueLength)
        {
            refused.Add(new(name, $"a value of {name} has {value.Length} characters; at most {MaxValueLength} are allowed.",
                $"{Label(field)}的值太长（{value.Length} 个字符，最多 {MaxValueLength} 个）。"));
            return null;
        }
        if (field == FacetField.Year)
        {
            var digits = FullWidthDigits.Folded(value);
            if (digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinYear and <= MaxYear) return digits;
            refused.Add(digits.Length == 4 && digits.All(char.IsAsciiDigit)
                ? new(name, $"'{digits}' is outside the years searched, {MinYear}..{MaxYear}.", $"年份“{digits}”超出可检索的范围（{MinYear} 到 {MaxYear} 年）。")
                : new(name, $"'{Shorten(value)}' is not a year; give four digits such as 2022.", $"年份“{Shorten(value)}”无效：应为四位数字，如 2022。"));
            return null;
        }
        if (field == FacetField.Kind)
        {
            if (KindNames.TryResolve(value, out var kind)) return KindNames.Code(kind);
            refused.Add(new(name, $"'{Shorten(value)}' is not a document kind; use {string.Join(", ", KindNames.Codes)}.",
                $"“{Shorten(value)}”不是文档类型。可用：{KindNames.Listed}。"));
            return null;
        }
        return value;
    }

    private static readonly System.Buffers.SearchValues<char> Controls =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)]);

    /// <summary>Whether a value is free of control characters; where it holds one (U+0000), it is refused, saying which.</summary>
    private static bool Typed(string name, string? value, List<FieldProblem> refused)
    {
        var at = value is null ? -1 : value.AsSpan().IndexOfAny(Controls);
        if (at < 0) return true;
        var code = $"U+{(int)value![at]:X4}";
        refused.Add(new(name, $"a value of {Shorten(name)} holds a control character ({code}), which no value holds.",
            $"参数 {Shorten(name)} 的值含有控制字符（{code}），不是有效的值。"));
        return false;
    }

    /// <summary>
    /// A value as it can be searched: without invisible and control characters (as every text the archive reads), and
    /// without percent-escapes that are no UTF-8, which the server leaves undecoded (a link written in GBK: %B5%B3), said.
    /// </summary>
    private static string? Readable(string name, string? value, List<FieldProblem> adjusted)
    {
        if (value is null) return null;
        var undecoded = new List<string>();
        var readable = Escapes().Replace(InvisibleText.Without(value), run =>
        {
            var bytes = Convert.FromHexString(run.Value.Replace("%", "", StringComparison.Ordinal));
            if (Utf8.IsValid(bytes)) return run.Value;
            undecoded.Add(run.Value);
            return "";
        });
        if (undecoded.Count > 0)
            adjusted.Add(Adjustment(name, $"{Shorten(name)} held bytes that are not UTF-8 ({Shorten(string.Concat(undecoded))}), perhaps a link in another encoding such as GBK",
                "they were left out.", $"参数 {Shorten(name)} 含有不是 UTF-8 编码的字节（{Shorten(string.Concat(undecoded))}），可能是其他编码（如 GBK）的链接", "已略去。"));
        return readable;
    }

    [GeneratedRegex("(?:%[0-9A-Fa-f]{2})+")]
    private static partial Regex Escapes();

    private static int ReadNumber(string name, string label, string value, int min, int max, int fallback, List<FieldProblem> refused, List<FieldProblem> adjusted)
    {
        // Any run of digits is a whole number, however long (page=99999999999999999999 is clamped, not "no number").
        if (!BigInteger.TryParse(FullWidthDigits.Folded(value), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            refused.Add(new(name, $"{name} '{Shorten(value)}' is not a number; give a whole number from {min} to {max}.",
                $"{label}“{Shorten(value)}”无效：应为 {min} 到 {max} 之间的整数。"));
            return fallback;
        }
        var clamped = Clamp(name, label, number, min, max, out var adjustment);
        if (adjustment is not null) adjusted.Add(adjustment);
        return clamped;
    }

    /// <summary>
    /// A number brought within min..max, and the warning a search gives when it was outside (page=0 is outside 1..1000;
    /// 1 was used.), so that every answer that clamps a number says so alike (the count of similar articles too).
    /// </summary>
    /// <param name="label">The parameter's Chinese name in the warning (页码, 每页条数).</param>
    public static int Clamp(string name, string label, BigInteger number, int min, int max, out FieldProblem? adjusted)
    {
        var clamped = (int)BigInteger.Clamp(number, min, max);
        adjusted = clamped == number ? null
            : Adjustment(name, $"{name}={number} is outside {min}..{max}", $"{clamped} was used.", $"{label} {number} 超出 {min} 到 {max} 的范围", $"已按 {clamped} 处理。");
        return clamped;
    }

    /// <summary>A value changed to fit or left out: what is wrong, then what was done instead (<see cref="FieldProblem.Unadjusted"/>: the first alone).</summary>
    private static FieldProblem Adjustment(string field, string wrongEn, string doneEn, string wrongZh, string doneZh) =>
        new(field, $"{wrongEn}; {doneEn}", $"{wrongZh}；{doneZh}") { Unadjusted = new(field, wrongEn + ".", wrongZh + "。") };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
