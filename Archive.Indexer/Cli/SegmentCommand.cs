using System.CommandLine;
using System.Text;
using Archive.Indexer.Chinese;

namespace Archive.Indexer.Cli;

/// <summary>`archive segment [text] [--mode precise|search]`: the words of a text, or of each line of standard input.</summary>
internal static class SegmentCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text")
        {
            Description = "The text to segment; without it, standard input is segmented line by line",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var mode = new Option<string>("--mode")
        {
            Description = "precise (one best segmentation) or search (also the dictionary sub-words of long words)",
            DefaultValueFactory = _ => "precise",
        };
        mode.AcceptOnlyFromAmong("precise", "search");
        var command = new Command("segment", "Print the words of a Chinese text, separated by single spaces") { text, mode };
        command.SetAction(parse =>
        {
            var language = ChineseLanguage.Shared;
            try
            {
                _ = language.Segmenter;
                _ = language.ScriptFolding;
            }
            catch (DataPackageException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
            var selectedMode = parse.GetValue(mode) == "search" ? SegmentMode.Search : SegmentMode.Precise;
            using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            var value = parse.GetValue(text);
            if (value is not null) Write(language, new StringReader(value), output, selectedMode);
            else
            {
                using var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8, true, 1 << 16);
                Write(language, input, output, selectedMode);
            }
            return 0;
        });
        return command;
    }

    /// <summary>
    /// The most of one line held at once. A longer line (a file without line feeds) is segmented a piece at a time, cut
    /// after its last white space or punctuation within this length (hard, between characters, where it has none), so
    /// memory stays bounded whatever the input; a cut inside a run of ideographs may join its neighbours differently.
    /// </summary>
    internal const int MaxPieceLength = 1 << 16;

    /// <summary>
    /// Writes the words of each input line as one output line, separated by single spaces, as the index reads them:
    /// traditional script folded to simplified and pinyin glosses left out first (各級黨組織 gives 各级 党组织, not the
    /// characters one by one the segmenter makes of script it has no words for). Only a line feed ends a line
    /// (a carriage return before it is dropped): a lone carriage return inside a line is white space, not a line break,
    /// so the output has as many lines as the input has line feeds.
    /// </summary>
    public static void Write(ChineseLanguage language, TextReader input, TextWriter output, SegmentMode mode)
    {
        var words = new LineOfWords(language, mode, output);
        var line = new StringBuilder();
        var buffer = new char[1 << 16];
        int read;
        while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            var rest = buffer.AsSpan(0, read);
            int end;
            while ((end = rest.IndexOf('\n')) >= 0)
            {
                line.Append(rest[..end]);
                if (line.Length > 0 && line[^1] == '\r') line.Length--;
                words.Add(line.ToString());
                words.EndLine();
                line.Clear();
                rest = rest[(end + 1)..];
            }
            line.Append(rest);
            while (line.Length > MaxPieceLength)
            {
                var cut = PieceEnd(line);
                words.Add(line.ToString(0, cut));
                line.Remove(0, cut);
            }
        }
        if (line.Length > 0)
        {
            words.Add(line.ToString());
            words.EndLine();
        }
    }

    /// <summary>Where the first piece of an over-long line ends: after its last white space or punctuation, else at the bound.</summary>
    private static int PieceEnd(StringBuilder line)
    {
        for (var i = MaxPieceLength - 1; i > 0; i--)
        {
            if (char.IsWhiteSpace(line[i]) || char.IsPunctuation(line[i])) return i + 1;
        }
        return char.IsHighSurrogate(line[MaxPieceLength - 1]) ? MaxPieceLength - 1 : MaxPieceLength;
    }

    /// <summary>One output line, written as its pieces come: their words separated by single spaces.</summary>
    private sealed class LineOfWords(ChineseLanguage language, SegmentMode mode, TextWriter output)
    {
        private readonly List<Token> _tokens = [];
        private bool _started;

        public void Add(string piece)
        {
            piece = FoldedTextAnalyzer.Read(piece, language.ScriptFolding);
            _tokens.Clear();
            language.Segmenter.Segment(piece, mode, _tokens);
            foreach (var token in _tokens)
            {
                if (_started) output.Write(' ');
                WriteWord(piece.AsSpan(token.Start, token.Length), output);
                _started = true;
            }
        }

        public void EndLine()
        {
            output.Write('\n');
            _started = false;
        }
    }

    private static void WriteWord(ReadOnlySpan<char> source, TextWriter output)
    {
        Span<char> word = stackalloc char[128];
        if (source.Length <= word.Length)
        {
            CharClass.Normalize(source, word[..source.Length]);
            output.Write(word[..source.Length]);
        }
        else output.Write(CharClass.Normalize(source));
    }
}
