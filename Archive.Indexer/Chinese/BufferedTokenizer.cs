using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Indexer.Chinese;

/// <summary>
/// A Lucene tokenizer that reads the whole field value, lets a subclass cut it into <see cref="Token"/>s,
/// then emits them with their normalized text, exact offsets (corrected through any char filter) and position increments.
/// The buffers are reused from one field value to the next.
/// </summary>
internal abstract class BufferedTokenizer : Tokenizer
{
    /// <summary>
    /// Tokens longer than this are left out (their position stays a gap): a base64 run or a line of digits is no
    /// word anybody searches for, and Lucene refuses a term over 32,766 UTF-8 bytes with an exception.
    /// </summary>
    public const int MaxTokenLength = 255;

    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute positionIncrement;
    private readonly List<Token> tokens = [];
    private char[] buffer = new char[1024];
    private int length;
    private int next;

    protected BufferedTokenizer(TextReader input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>Cuts the field value into the tokens to emit, in order of start offset.</summary>
    protected abstract void Cut(ReadOnlySpan<char> text, List<Token> tokens);

    public sealed override bool IncrementToken()
    {
        if (next >= tokens.Count) return false;
        ClearAttributes();
        var token = tokens[next++];
        var joined = token.JoinedFrom is null ? 0 : 1;
        var termBuffer = term.ResizeBuffer(joined + token.Length);
        if (token.JoinedFrom is { } from) termBuffer[0] = CharClass.Normalize(buffer[from]);
        CharClass.Normalize(buffer.AsSpan(token.Start, token.Length), termBuffer.AsSpan(joined));
        term.Length = joined + token.Length;
        offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.End));
        positionIncrement.PositionIncrement = token.PositionIncrement;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        length = 0;
        int read;
        while ((read = m_input.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        }
        tokens.Clear();
        next = 0;
        Cut(buffer.AsSpan(0, length), tokens);
        DropOverlongTokens();
    }

    private void DropOverlongTokens()
    {
        var kept = 0;
        var gap = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Length > MaxTokenLength)
            {
                gap += token.PositionIncrement;
                continue;
            }
            tokens[kept++] = gap == 0 ? token : token with { PositionIncrement = token.PositionIncrement + gap };
            gap = 0;
        }
        tokens.RemoveRange(kept, tokens.Count - kept);
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(length);
        offset.SetOffset(final, final);
    }
}
