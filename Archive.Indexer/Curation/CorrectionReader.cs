using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Indexer.Parsing;
using Archive.Indexer.Parsing.Recognizers;
using Archive.Indexer.Regions;

namespace Archive.Indexer.Curation;

/// <summary>
/// Reads what an editor typed or sent for the correctable fields into canonical values, or says why it cannot be
/// taken: a date that is no date, an empty title, a region the gazetteer does not know, a field that does not exist.
/// A value is JSON as the API receives it; the UI sends every value as text, which reads the same way.
/// </summary>
internal sealed partial class CorrectionReader(Gazetteer gazetteer)
{
    public const int MaxTextLength = 200;
    public const int MaxNames = 20;
    public const int MaxNumber = 99_999;

    /// <summary>
    /// The canonical value of each field given, one of <paramref name="fields"/> (a document's or an article's);
    /// problems for those that cannot be taken (then nothing applies).
    /// </summary>
    public (IReadOnlyList<(CorrectableField Field, JsonElement Value)> Values, IReadOnlyList<FieldProblem> Problems) Read(
        IReadOnlyList<CorrectableField> fields, IReadOnlyDictionary<string, JsonElement> inputs)
    {
        var values = new List<(CorrectableField, JsonElement)>();
        var problems = new List<FieldProblem>();
        foreach (var (name, input) in inputs)
        {
            if (fields.FirstOrDefault(f => f.Name == name) is not { } field)
            {
                var allowed = string.Join(", ", fields.Select(f => f.Name));
                problems.Add(new FieldProblem(name, $"'{Shorten(name)}' is not a field that can be corrected here; the fields are {allowed}.",
                    $"“{Shorten(name)}”不是可更正的字段；可更正：{allowed}。"));
                continue;
            }
            var (value, problem) = Read(field, input);
            if (problem is null) values.Add((field, value));
            else problems.Add(problem);
        }
        return (values, FieldProblems.Said(problems));
    }

    public (JsonElement Value, FieldProblem? Problem) Read(CorrectableField field, JsonElement input)
    {
        if (field.Kind == FieldKind.Names) return ReadNames(field, input);
        var typed = input.ValueKind switch
        {
            JsonValueKind.Null => "",
            JsonValueKind.String => input.GetString()!,
            JsonValueKind.Number when field.Kind == FieldKind.Number => input.GetRawText(),
            _ => null,
        };
        if (typed is null) return Problem(field, "must be text", "应为文字");
        var text = Normalized(field, typed);
        if (text.Length == 0)
        {
            return field.Kind is FieldKind.Title or FieldKind.Kind ? Problem(field, "cannot be empty", "不能为空")
                // Only invisible characters (zero-width spaces, direction marks) would look like a value and be none.
                : typed.Trim().Length > 0 ? Problem(field, "holds only invisible characters (zero-width spaces, direction marks); send null to clear it",
                    "只含不可见字符（零宽空格、方向控制符等）；如要清空请传 null")
                : (CanonicalJson.Null, null);
        }
        if (text.Any(BreaksLine)) return Problem(field, "must be one line of text, without line breaks or control characters", "应为一行文字，不能含换行或控制字符");
        return field.Kind switch
        {
            FieldKind.Text or FieldKind.DocumentNumber => text.Length <= MaxTextLength ? (CanonicalJson.Of(text), null) : TooLong(field, MaxTextLength),
            FieldKind.Title => text.Length <= Editing.MaxTitleLength ? (CanonicalJson.Of(text), null) : TooLong(field, Editing.MaxTitleLength),
            FieldKind.Number => long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= MaxNumber
                ? (CanonicalJson.Of(number), null)
                : Problem(field, $"'{Shorten(text)}' is not a whole number from 1 to {MaxNumber}", $"“{Shorten(text)}”不是 1 到 {MaxNumber} 之间的整数"),
            FieldKind.Date => ReadDate(field, text),
            FieldKind.WebAddress => WebAddress.Read(text) is { } address
                ? (CanonicalJson.Of(address), null)
                : Problem(field, $"'{Shorten(text)}' is not a web address: write it whole, starting with http:// or https://", $"“{Shorten(text)}”不是网址，请写完整的 http:// 或 https:// 地址"),
            FieldKind.Kind => KindNames.TryResolve(text, out var kind)
                ? (CanonicalJson.Of(KindNames.Code(kind)), null)
                : Problem(field, $"'{Shorten(text)}' is not a document kind: {string.Join(", ", KindNames.Codes)}",
                    $"“{Shorten(text)}”不是文档类型，可选：{KindNames.Listed}"),
            FieldKind.Region => RegionPathOf(text) is { } path
                ? (CanonicalJson.Of(path), null)
                : Problem(field, $"'{Shorten(text)}' is no region of the gazetteer (or a name several places share): give a province, city or county, or its path such as 安徽省/安庆市/宜秀区",
                    $"“{Shorten(text)}”不是地名库中的地区（或有多处同名），请写省、市、县名称或路径，例如 安徽省/安庆市/宜秀区"),
            _ => throw new InvalidOperationException($"field kind {field.Kind}"),
        };
    }

    /// <summary>A control character, or the Unicode line and paragraph separators (U+2028, U+2029), which break a line as \n does.</summary>
    private static bool BreaksLine(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    /// <summary>
    /// A value as ingest reads text (<see cref="SourceLine"/>): without invisible characters; numbers, dates and 文号
    /// also with full-width digits and brackets folded (８ -> 8), a 文号 written as the parsers write it (庆组〔2022〕8号).
    /// </summary>
    private static string Normalized(CorrectableField field, string typed)
    {
        var text = InvisibleText.Without(typed).Trim();
        if (field.Kind is not (FieldKind.Number or FieldKind.Date or FieldKind.DocumentNumber)) return text;
        var folded = Punctuation.FoldWidth(text).Trim();
        return field.Kind == FieldKind.DocumentNumber ? DocumentNumber.ReadLine(folded)?.Normalized ?? folded : folded;
    }

    /// <summary>
    /// The path of the place a value names: a path the gazetteer holds as given (安徽省/安庆市), or the full name of
    /// one place (宜秀区) that no other place shares; null for anything else, a department named after a place
    /// (宜秀区委组织部) included.
    /// </summary>
    private string? RegionPathOf(string value)
    {
        var normalized = RegionPath.Normalize(value);
        if (normalized is null || gazetteer.Match(normalized) is not { Place: var place } match) return null;
        // A bare name counts only when one place has it (鼓楼区 is in several cities: give its path).
        return place.Path == normalized || (place.Name == normalized && match.Certainty >= 1.0) ? place.Path : null;
    }

    private static (JsonElement, FieldProblem?) ReadDate(CorrectableField field, string text)
    {
        if (!DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Problem(field, $"'{Shorten(text)}' is not a date: write it as yyyy-MM-dd, e.g. 2022-03-10", $"“{Shorten(text)}”不是日期，请写成“年-月-日”，例如 2022-03-10");
        // The years search and its facets know: a date outside them could never be found by its year.
        return date.Year is >= SearchParameters.MinYear and <= SearchParameters.MaxYear
            ? (CanonicalJson.Of(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), null)
            : Problem(field, $"{text} is outside the years the archive holds: {SearchParameters.MinYear} to {SearchParameters.MaxYear}",
                $"{text} 超出档案收录的年份范围（{SearchParameters.MinYear} 至 {SearchParameters.MaxYear} 年）");
    }

    private static (JsonElement, FieldProblem?) ReadNames(CorrectableField field, JsonElement input)
    {
        IEnumerable<string>? names = input.ValueKind switch
        {
            JsonValueKind.Null => [],
            JsonValueKind.String => NameSeparators().Split(input.GetString()!),
            JsonValueKind.Array when input.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => input.EnumerateArray().Select(e => e.GetString()!),
            _ => null,
        };
        if (names is null) return Problem(field, "must be a list of names (or names separated by 、)", "应为姓名列表（或以“、”分隔的姓名）");
        var list = names.Select(n => InvisibleText.Without(n).Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > MaxNames || list.Any(n => n.Length > 50 || n.Any(BreaksLine)))
        {
            return Problem(field, $"at most {MaxNames} names of up to 50 characters each", $"最多 {MaxNames} 个姓名，每个不超过 50 个字符");
        }
        return (CanonicalJson.Of(list), null);
    }

    private static (JsonElement, FieldProblem?) TooLong(CorrectableField field, int max) =>
        Problem(field, $"is longer than {max} characters", $"超过 {max} 个字符");

    private static (JsonElement, FieldProblem?) Problem(CorrectableField field, string en, string zh) =>
        (CanonicalJson.Null, new FieldProblem(field.Name, $"{field.Name}: {en}.", $"{field.Label}{zh}。"));

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex("[、,，;；/\\s]+")]
    private static partial Regex NameSeparators();
}
