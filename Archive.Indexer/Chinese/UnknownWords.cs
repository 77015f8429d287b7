namespace Archive.Indexer.Chinese;

/// <summary>
/// Words no dictionary holds (names, new places, new terms): a stretch of two or more characters that the route left
/// single, and that is not a dictionary word as a whole (the route chose its characters over it), is cut again by the
/// character HMM, as jieba does. A name the HMM finds is cut as PKU's standard cuts Chinese names: the surname apart
/// from the given name (王 长庆).
/// </summary>
internal sealed class UnknownWords(WordDictionary dictionary, HmmModel hmm)
{
    /// <summary>Rewrites the route's <paramref name="count"/> words in place with the HMM's words; returns the new count.</summary>
    public int Find(ReadOnlySpan<char> run, Span<RouteWord> words, int count)
    {
        Span<int> ends = stackalloc int[64];
        var written = 0;
        for (var i = 0; i < count;)
        {
            var j = i;
            while (j < count && words[j].Length == 1 && words[j].Kind is WordKind.Dictionary or WordKind.Unknown) j++;
            var from = words[i].Start;
            if (j - i < 2 || j - i > ends.Length || dictionary.Contains(run[from..words[j - 1].End]))
            {
                var stop = Math.Max(j, i + 1);
                for (var k = i; k < stop; k++) words[written++] = words[k];
                i = stop;
                continue;
            }
            var found = hmm.Cut(run[from..words[j - 1].End], ends);
            var start = from;
            for (var k = 0; k < found; k++)
            {
                var end = from + ends[k];
                var surname = end - start is 2 or 3 && Surnames.Contains(run[start]) ? 1 : 0;
                if (surname > 0) words[written++] = new RouteWord(start, start + 1, WordKind.Dictionary);
                words[written++] = new RouteWord(start + surname, end, end - start - surname == 1 ? WordKind.Dictionary : WordKind.Unknown);
                start = end;
            }
            i = j;
        }
        return written;
    }

    /// <summary>The hundred commonest Chinese surnames.</summary>
    private static readonly System.Buffers.SearchValues<char> Surnames = System.Buffers.SearchValues.Create(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤");
}
