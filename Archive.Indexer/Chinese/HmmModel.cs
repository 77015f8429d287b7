using System.Buffers;
using System.Globalization;

namespace Archive.Indexer.Chinese;

/// <summary>
/// jieba's character-tagging HMM (states B, E, M, S: begin, end, middle of a word, single-character word),
/// used to cut runs of characters the dictionary does not join, which finds names and new words.
/// Emission probabilities are kept in flat tables indexed by character, so Viterbi does no lookups.
/// </summary>
internal sealed class HmmModel
{
    private const int B = 0, E = 1, M = 2, S = 3;
    private const double Impossible = -3.14e100;

    private readonly double[] start;
    private readonly double[] transitions; // [from * 4 + to]
    private readonly float[][] emissions;  // [state][char]

    private HmmModel(double[] start, double[] transitions, float[][] emissions)
    {
        this.start = start;
        this.transitions = transitions;
        this.emissions = emissions;
    }

    public long ApproximateBytes => emissions.Length * (char.MaxValue + 1L) * 4;

    /// <summary>Loads hmm_model.utf8: start line, 4 transition lines, 4 emission lines (B, E, M, S) of "char:logprob,...".</summary>
    public static HmmModel Load(string path)
    {
        var lines = new List<(int Number, string Text)>();
        var number = 0;
        try
        {
            foreach (var line in File.ReadLines(path))
            {
                number++;
                if (line.Length > 0 && line[0] != '#') lines.Add((number, line));
            }
        }
        catch (IOException e)
        {
            throw new DataPackageException($"{path} cannot be read: {e.Message}", e);
        }
        if (lines.Count != 9)
            throw DataPackageFiles.Corrupt(path, number, $"expected 9 data lines (start, 4 transitions, 4 emissions), found {lines.Count}");

        var start = ParseRow(path, lines[0]);
        var transitions = new double[16];
        for (var from = 0; from < 4; from++) ParseRow(path, lines[1 + from]).CopyTo(transitions, from * 4);

        var emissions = new float[4][];
        for (var state = 0; state < 4; state++)
        {
            var table = new float[char.MaxValue + 1];
            Array.Fill(table, (float)Impossible);
            var (lineNumber, text) = lines[5 + state];
            foreach (var pair in text.Split(','))
            {
                var colon = pair.LastIndexOf(':');
                if (colon != 1 || !double.TryParse(pair.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var p))
                    throw DataPackageFiles.Corrupt(path, lineNumber, $"expected \"char:logprob\", found \"{pair}\"");
                table[pair[0]] = (float)p;
            }
            // Traditional script writes the particle 着 as 著, which folding keeps (simplified 著名): the words 著 is in
            // are the dictionaries', so a 著 left to the HMM is the particle, which stands alone as 着 does (望 著, not 望著).
            table['著'] = table['着'];
            emissions[state] = table;
        }
        return new HmmModel(start, transitions, emissions);
    }

    private static double[] ParseRow(string path, (int Number, string Text) line)
    {
        var parts = line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var row = new double[4];
        if (parts.Length != 4)
            throw DataPackageFiles.Corrupt(path, line.Number, $"expected 4 numbers, found \"{line.Text}\"");
        for (var i = 0; i < 4; i++)
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out row[i]))
                throw DataPackageFiles.Corrupt(path, line.Number, $"\"{parts[i]}\" is not a number");
        return row;
    }

    /// <summary>
    /// Cuts <paramref name="run"/> into words, writing the end of each word (relative to the run) into
    /// <paramref name="wordEnds"/> (at least run.Length long); returns the number of words.
    /// </summary>
    public int Cut(ReadOnlySpan<char> run, Span<int> wordEnds)
    {
        var count = 0;
        var n = run.Length;
        var back = ArrayPool<byte>.Shared.Rent(n * 4);
        try
        {
            Span<double> v = stackalloc double[4];
            Span<double> next = stackalloc double[4];
            for (var s = 0; s < 4; s++) v[s] = start[s] + emissions[s][run[0]];
            for (var t = 1; t < n; t++)
            {
                var c = run[t];
                // Each state is reached only from its two possible predecessors.
                Step(v, next, back, t, B, E, S, emissions[B][c]);
                Step(v, next, back, t, M, M, B, emissions[M][c]);
                Step(v, next, back, t, S, S, E, emissions[S][c]);
                Step(v, next, back, t, E, B, M, emissions[E][c]);
                next.CopyTo(v);
            }

            var state = v[E] >= v[S] ? E : S;
            // Walk back, writing each state in place of the back pointers already used.
            for (var t = n - 1; t >= 0; t--)
            {
                var previous = t > 0 ? back[t * 4 + state] : (byte)0;
                back[t * 4] = (byte)state;
                state = previous;
            }

            for (var t = 0; t < n; t++)
                if (back[t * 4] is E or S) wordEnds[count++] = t + 1;
            if (count == 0 || wordEnds[count - 1] < n) wordEnds[count++] = n;
            return count;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(back);
        }
    }

    private void Step(Span<double> v, Span<double> next, byte[] back, int t, int to, int fromA, int fromB, double emission)
    {
        var a = v[fromA] + transitions[fromA * 4 + to];
        var b = v[fromB] + transitions[fromB * 4 + to];
        if (a >= b)
        {
            next[to] = a + emission;
            back[t * 4 + to] = (byte)fromA;
        }
        else
        {
            next[to] = b + emission;
            back[t * 4 + to] = (byte)fromB;
        }
    }
}
