using System.Text;

namespace Archive.Evaluation.Generation;

/// <summary>
/// A real sentence or title with what varies from article to article marked: place names (filled with the generated
/// article's province, city or county, in the same full or short form), years (the article's year, kept as many
/// years before or after it as the source was from its latest year) and other numbers (another number of as many
/// digits). Document numbers (〔2020〕2号, [2020]), numbers beside Latin letters (5G), months, days, times and dates
/// written with - / . stay as written.
/// </summary>
internal sealed class TextTemplate
{
    private readonly Part[] _parts;

    private TextTemplate(Part[] parts) => _parts = parts;

    /// <param name="latestYear">The latest year the source article names, which becomes the article's year.</param>
    public static TextTemplate Parse(string text, PlaceNames places, int? latestYear)
    {
        var parts = new List<Part>();
        var literal = new StringBuilder();
        void Flush()
        {
            if (literal.Length > 0) parts.Add(new Part(PartKind.Literal, literal.ToString(), 0));
            literal.Clear();
        }
        for (var i = 0; i < text.Length;)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                var end = i;
                while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
                var digits = text[i..end];
                var next = end < text.Length ? text[end] : ' ';
                var before = i > 0 ? text[i - 1] : ' ';
                Flush();
                if (digits.Length == 4 && next == '年' && latestYear is { } latest && int.Parse(digits) is >= 1949 and <= 2035 and var year)
                {
                    parts.Add(new Part(PartKind.Year, digits, year - latest));
                }
                else if (char.IsAsciiLetter(before) || char.IsAsciiLetter(next) || next is '月' or '日' or '时' or '号' or ':' or '.' or '-' or '/'
                         || before is '〔' or '〕' or '[' or ']' or '.' or ':' or '-' or '/')
                {
                    literal.Append(digits);
                }
                else
                {
                    parts.Add(new Part(PartKind.Number, digits, digits.Length));
                }
                i = end;
                continue;
            }
            if (places.Match(text, i) is { } place)
            {
                Flush();
                parts.Add(new Part(PartKind.Place, text.Substring(i, place.Length), (int)place.Level * 2 + (place.Short ? 1 : 0)));
                i += place.Length;
                continue;
            }
            literal.Append(text[i++]);
        }
        Flush();
        return new TextTemplate([.. parts]);
    }

    /// <summary>The latest year from 1949 on that a text names (四位数字 + 年), if any.</summary>
    public static int? LatestYear(IEnumerable<string> texts)
    {
        int? latest = null;
        foreach (var text in texts)
        {
            for (var i = 0; i + 4 < text.Length; i++)
            {
                if (text[i + 4] == '年' && int.TryParse(text.AsSpan(i, 4), out var year) && year is >= 1949 and <= 2035 && (i == 0 || !char.IsAsciiDigit(text[i - 1])))
                {
                    latest = Math.Max(latest ?? year, year);
                }
            }
        }
        return latest;
    }

    /// <summary>The text for one article: its place and year, and other numbers drawn from <paramref name="random"/>.</summary>
    public string Fill(ArticlePlace place, int year, Random random)
    {
        var text = new StringBuilder();
        foreach (var part in _parts)
        {
            text.Append(part.Kind switch
            {
                PartKind.Literal => part.Text,
                PartKind.Year => (year + part.Value).ToString(System.Globalization.CultureInfo.InvariantCulture),
                PartKind.Number => Number(part.Value, random),
                _ => place.Name((PlaceLevel)(part.Value / 2), shortForm: part.Value % 2 == 1),
            });
        }
        return text.ToString();
    }

    /// <summary>The text as the source wrote it.</summary>
    public override string ToString() => string.Concat(_parts.Select(p => p.Text));

    private static string Number(int digits, Random random) => digits switch
    {
        1 => random.Next(1, 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
        > 9 => string.Concat(Enumerable.Range(0, digits).Select(i => (char)('0' + (i == 0 ? random.Next(1, 10) : random.Next(10))))),
        _ => random.Next((int)Math.Pow(10, digits - 1), (int)Math.Pow(10, digits)).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private enum PartKind : byte
    {
        Literal,
        Year,
        Number,
        Place,
    }

    /// <param name="Value">Year: the offset from the latest year; Number: the digits; Place: level x 2 + 1 for a short form.</param>
    private readonly record struct Part(PartKind Kind, string Text, int Value);
}
