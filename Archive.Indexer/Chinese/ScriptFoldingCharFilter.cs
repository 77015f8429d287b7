namespace Archive.Indexer.Chinese;

/// <summary>
/// Serves a field's text folded to simplified script (<see cref="ScriptFolding"/>). The folding keeps every
/// character's place, so offsets need no correction: the highlighter marks the characters as written.
/// </summary>
internal sealed class ScriptFoldingCharFilter(TextReader input, ScriptFolding folding) : WholeTextCharFilter(input)
{
    protected override int Filter(ReadOnlySpan<char> text, char[] output)
    {
        folding.Fold(text, output);
        return text.Length;
    }
}
