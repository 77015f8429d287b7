using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Archive.Indexer.Text;

/// <summary>
/// What an element of a .docx is, as the reader follows it. Where the SDK's schema has no place for an element it
/// reports it and all within it as unknown: Word 2003 and 2007 wrapped dates, places and names in w:smartTag (Chinese
/// documents their dates, chsdate), which the SDK does not know, and the runs and text inside were lost. An unknown
/// element of WordprocessingML is taken by its name for the element the reader follows.
/// </summary>
internal static class DocxElements
{
    private const string WordprocessingMl = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly Dictionary<string, Type> ByName = new Type[]
    {
        typeof(Paragraph), typeof(Run), typeof(WordText), typeof(TabChar), typeof(Break), typeof(CarriageReturn), typeof(Table),
        typeof(TableRow), typeof(TableCell), typeof(DeletedRun), typeof(MoveFromRun), typeof(RunProperties), typeof(RunStyle),
        typeof(Vanish), typeof(ParagraphStyleId), typeof(OutlineLevel), typeof(Indentation), typeof(Justification),
    }.ToDictionary(type => ((OpenXmlElement)Activator.CreateInstance(type)!).LocalName);

    /// <summary>The type of the element the reader is at, an unknown one of WordprocessingML's taken by its name.</summary>
    public static Type TypeOf(OpenXmlReader reader) =>
        reader.ElementType == typeof(OpenXmlUnknownElement) && reader.NamespaceUri == WordprocessingMl && ByName.TryGetValue(reader.LocalName, out var type)
            ? type
            : reader.ElementType;

    /// <summary>Whether the reader is at the start or end of a w:t the SDK does not know, whose text it gives as nodes of their own.</summary>
    public static bool IsUnknownText(OpenXmlReader reader, Type type) => type == typeof(WordText) && reader.ElementType == typeof(OpenXmlUnknownElement);
}
