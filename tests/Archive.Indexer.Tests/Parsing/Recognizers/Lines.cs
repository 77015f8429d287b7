using Archive.Indexer.Parsing;
using Archive.Indexer.Regions;

namespace Archive.Indexer.Tests.Parsing.Recognizers;

/// <summary>A line as the recognizers read it: simplified, half-width, glosses out.</summary>
internal static class Lines
{
    private static readonly Lazy<TraditionalCharacters> Characters = new(() => Samples.Parser.Gazetteer.Characters);

    public static SourceLine Of(string text) => SourceLine.Of(text, Characters.Value);

    public static string Folded(string text) => Of(text).Folded;
}
