using Archive.Indexer.Chinese;

namespace Archive.Indexer.Search.Synonyms;

/// <summary>
/// A synonym table in corpus/dict (*.tsv): one group a line, its terms separated by tabs, # starts a comment;
/// <c>term TAB =&gt; TAB term…</c> is one way (the first term stands for the others).
/// </summary>
internal sealed class SynonymFile(string path) : ISynonymSource
{
    public string Path { get; } = path;

    /// <exception cref="DataPackageException">The file cannot be read, or a line holds a single term.</exception>
    public IEnumerable<SynonymGroup> Groups()
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(Path);
        }
        catch (IOException e)
        {
            throw new DataPackageException($"{Path} cannot be read: {e.Message}", e);
        }
        var groups = new List<SynonymGroup>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var comment = line.IndexOf('#');
            if (comment >= 0) line = line[..comment];
            var terms = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            if (terms.Count == 0) continue;
            var oneWay = terms.Count > 1 && terms[1] == "=>";
            if (oneWay) terms.RemoveAt(1);
            if (terms.Count < 2 || terms.Contains("=>"))
                throw DataPackageFiles.Corrupt(Path, i + 1, $"expected two terms or more separated by tabs, or \"term TAB => TAB term…\"; found \"{lines[i]}\"");
            groups.Add(new SynonymGroup(terms, oneWay));
        }
        return groups;
    }
}
