using System.Globalization;
using System.Text.Json;

namespace Archive.Indexer.Model;

/// <summary>
/// A field editors may correct: its name in the API (snake_case), its label in the UI, whether it belongs to the
/// document or to an article, the store column that holds it, and what kind of value it takes. Values travel as
/// canonical JSON (text, a number, yyyy-MM-dd, a kind code, a list of names, or null), the form the audit log keeps.
/// </summary>
public sealed record CorrectableField(string Name, string Label, CorrectionTarget Target, string Column, FieldKind Kind)
{
    /// <summary>The column's value as the store holds it (TEXT, INTEGER, JSON text) for a canonical JSON value.</summary>
    internal object? ToColumn(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        _ => Kind switch
        {
            FieldKind.Number => value.GetInt64(),
            FieldKind.Kind => KindNames.TryResolve(value.GetString()!, out var kind) ? kind.ToString() : throw new ArgumentException(value.GetRawText()),
            FieldKind.Names => value.GetRawText(),
            _ => value.GetString(),
        },
    };

    /// <summary>The canonical JSON value of a column as the store holds it.</summary>
    internal JsonElement FromColumn(object? column) => column switch
    {
        null or DBNull => CanonicalJson.Null,
        _ => Kind switch
        {
            FieldKind.Number => CanonicalJson.Of(Convert.ToInt64(column, CultureInfo.InvariantCulture)),
            FieldKind.Kind => CanonicalJson.Of(KindNames.Code(Enum.Parse<DocumentKind>((string)column))),
            FieldKind.Names => JsonDocument.Parse((string)column).RootElement.Clone(),
            _ => CanonicalJson.Of((string)column),
        },
    };
}

public enum CorrectionTarget
{
    Document,
    Article,
}

/// <summary>What a field holds, which decides how an editor's input is read and checked.</summary>
public enum FieldKind
{
    /// <summary>One line of text; empty clears it.</summary>
    Text,
    /// <summary>One line of text that cannot be empty (an article's title).</summary>
    Title,
    /// <summary>A whole number from 1 (期号, 总期号, 页码).</summary>
    Number,
    /// <summary>A calendar date, yyyy-MM-dd.</summary>
    Date,
    /// <summary>A document kind: bulletin, notice, web_article, newspaper_page, generic.</summary>
    Kind,
    /// <summary>A region of the gazetteer, kept as its path (安徽省/安庆市/宜秀区).</summary>
    Region,
    /// <summary>A list of names (authors).</summary>
    Names,
}
