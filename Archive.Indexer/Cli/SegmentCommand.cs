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
            Segmenter segmenter;
            try
            {
                segmenter = ChineseLanguage.Shared.Segmenter;
            }
            catch (DataPackageException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
            var selectedMode = parse.GetValue(mode) == "search" ? SegmentMode.Search : SegmentMode.Precise;
            using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            var value = parse.GetValue(text);
            if (value is not null) Write(segmenter, new StringReader(value), output, selectedMode);
            else
            {
                using var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8, true, 1 << 16);
                Write(segmenter, input, output, selectedMode);
            }
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Writes the words of each input line as one output line, separated by single spaces. Only a line feed ends a line
    /// (a carriage return before it is dropped): a lone carriage return inside a line is white space, not a line break,
    /// so the output has as many lines as the input has line feeds.
    /// </summary>
    public static void Write(Segmenter segmenter, TextReader input, TextWriter output, SegmentMode mode)
    {
        var tokens = new List<Token>();
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
                WriteLine(segmenter, line.ToString(), mode, tokens, output);
                line.Clear();
                rest = rest[(end + 1)..];
            }
            line.Append(rest);
        }
        if (line.Length > 0) WriteLine(segmenter, line.ToString(), mode, tokens, output);
    }

    private static void WriteLine(Segmenter segmenter, string line, SegmentMode mode, List<Token> tokens, TextWriter output)
    {
        tokens.Clear();
        segmenter.Segment(line, mode, tokens);
        Span<char> word = stackalloc char[128];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0) output.Write(' ');
            var token = tokens[i];
            var source = line.AsSpan(token.Start, token.Length);
            if (token.Length <= word.Length)
            {
                CharClass.Normalize(source, word[..token.Length]);
                output.Write(word[..token.Length]);
            }
            else output.Write(CharClass.Normalize(source));
        }
        output.Write('\n');
    }
}
