using System.Text;
using Archive.Indexer.Tests.Parsing;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Ingestion;

/// <summary>
/// Which upload replaces which: a name (通知.txt, 第8期.pdf) is shared by unrelated documents, so a new file under a used
/// name replaces the document it held only when it is plausibly the same document, or when the upload says so.
/// </summary>
public sealed class DocumentVersionTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly ArchiveService _archive;
    private readonly byte[] _bulletin = File.ReadAllBytes(Path.Combine(Samples.Folder, "000_037b87f1aeded1d9.txt"));
    private readonly byte[] _article = File.ReadAllBytes(Path.Combine(Samples.Folder, "002_5e9980cb8ce07f44.txt"));

    public DocumentVersionTests() => _archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });

    public void Dispose()
    {
        _archive.Dispose();
        _temp.Dispose();
    }

    private long Total(string query) => _archive.Search(new SearchRequest { Query = query }).Total;

    private static byte[] Notice(string docNumber, string title, string marker) => Encoding.UTF8.GetBytes(
        $"中共甲市委组织部文件\n\n{docNumber}\n\n{title}\n\n各县（市、区）委组织部：\n\n{marker}。请认真贯彻落实。\n\n中共甲市委组织部\n2024年3月1日\n");

    [Fact]
    public void Unrelated_documents_uploaded_under_one_name_both_stay_in_search()
    {
        var jia = _archive.IngestUpload("通知.txt", "中共甲市委组织部关于做好2024年党员发展工作的通知\n\n…甲市同名文件测试。\n"u8.ToArray());
        var yi = _archive.IngestUpload("通知.txt", "中共乙县委组织部关于开展村级后备干部培训的通知\n\n…乙县同名文件测试。\n"u8.ToArray());

        Assert.Equal((FileOutcomeStatus.New, FileOutcomeStatus.New), (jia.Status, yi.Status));
        Assert.Equal(1, Total("\"甲市同名文件测试\""));
        Assert.Equal(1, Total("\"乙县同名文件测试\""));
    }

    [Fact]
    public void A_new_version_under_the_same_name_replaces_the_old_one()
    {
        // Near-duplicate text: one sentence added to a web article.
        var article = _archive.IngestUpload("1.txt", _article).DocumentId!;
        Assert.Equal(FileOutcomeStatus.Superseded, _archive.IngestUpload("1.txt", _article.Concat("\n补充一句。\n"u8.ToArray()).ToArray()).Status);
        // The same issue of the same series, whatever the text.
        var bulletin = _archive.IngestUpload("第8期.txt", _bulletin).DocumentId!;
        Assert.Equal(FileOutcomeStatus.Superseded, _archive.IngestUpload("第8期.txt", _bulletin.Concat("\n（补发）\n"u8.ToArray()).ToArray()).Status);
        // The same 文号, with another title and text.
        var notice = _archive.IngestUpload("通知.txt", Notice("甲组通〔2024〕5号", "关于做好党员发展工作的通知", "第一稿同名测试")).DocumentId!;
        Assert.Equal(FileOutcomeStatus.Superseded,
            _archive.IngestUpload("通知.txt", Notice("甲组通〔2024〕5号", "关于做好2024年党员发展工作的通知", "第二稿同名测试")).Status);

        Assert.All([article, bulletin, notice], id => Assert.Equal(DocumentStatus.Superseded, _archive.FindDocument(id)!.Status));
        Assert.Equal(0, Total("\"第一稿同名测试\""));
        Assert.Equal(1, Total("\"第二稿同名测试\""));
    }

    [Fact]
    public void An_upload_that_names_the_document_it_replaces_supersedes_it_under_any_name()
    {
        var old = _archive.IngestUpload("草稿.txt", Notice("甲组通〔2024〕5号", "关于做好党员发展工作的通知", "旧稿指定取代测试")).DocumentId!;

        var outcome = _archive.IngestUpload("定稿.txt", Notice("甲组通〔2024〕6号", "关于做好发展党员工作的通知", "新稿指定取代测试"), replaces: old);

        Assert.Equal(FileOutcomeStatus.Superseded, outcome.Status);
        Assert.Equal(DocumentStatus.Superseded, _archive.FindDocument(old)!.Status);
        Assert.Equal(0, Total("\"旧稿指定取代测试\""));
        Assert.Equal(1, Total("\"新稿指定取代测试\""));
    }

    [Fact]
    public void An_upload_naming_a_document_deleted_or_replaced_while_it_was_read_stores_nothing_and_says_why()
    {
        // The API checks replaces= before reading the file; these are the states another request can leave it in meanwhile.
        var deleted = _archive.IngestUpload("草稿.txt", Notice("甲组通〔2024〕7号", "关于做好党员教育工作的通知", "已删旧稿取代测试")).DocumentId!;
        _archive.DeleteDocument(deleted);
        var replaced = _archive.IngestUpload("一稿.txt", Notice("甲组通〔2024〕8号", "关于做好党员管理工作的通知", "一稿取代测试")).DocumentId!;
        _archive.IngestUpload("二稿.txt", Notice("甲组通〔2024〕8号", "关于做好党员管理工作的通知", "二稿取代测试"), replaces: replaced);

        var afterDeletion = _archive.IngestUpload("定稿.txt", Notice("甲组通〔2024〕7号", "关于做好党员教育工作的通知", "删后新稿取代测试"), replaces: deleted);
        var afterReplacement = _archive.IngestUpload("三稿.txt", Notice("甲组通〔2024〕8号", "关于做好党员管理工作的通知", "三稿取代测试"), replaces: replaced);

        Assert.Equal((FileOutcomeStatus.Failed, FileOutcomeStatus.Failed), (afterDeletion.Status, afterReplacement.Status));
        Assert.Contains("was deleted", afterDeletion.Error);
        Assert.Contains("replaced by another version", afterReplacement.Error);
        Assert.Equal((0, 0, 1), (Total("\"删后新稿取代测试\""), Total("\"三稿取代测试\""), Total("\"二稿取代测试\"")));
        Assert.Equal(DocumentStatus.Superseded, _archive.FindDocument(replaced)!.Status);
        Assert.Contains("is not in the archive", _archive.IngestUpload("四稿.txt", Notice("甲组通〔2024〕8号", "关于做好党员管理工作的通知", "四稿取代测试"), replaces: "0123456789abcdef").Error);
    }

    [Fact]
    public void An_old_versions_bytes_uploaded_under_another_name_stay_superseded_and_in_their_successors_place_are_current_again()
    {
        var draft = Notice("甲组通〔2024〕9号", "关于做好党员培训工作的通知", "旧版回传测试");
        var old = _archive.IngestUpload("初稿.txt", draft).DocumentId!;
        var newer = _archive.IngestUpload("初稿.txt", Notice("甲组通〔2024〕9号", "关于做好党员培训工作的通知", "新版回传测试")).DocumentId!;

        var elsewhere = _archive.IngestUpload("别名.txt", draft);

        Assert.Equal((FileOutcomeStatus.Unchanged, old), (elsewhere.Status, elsewhere.DocumentId));
        Assert.Equal((DocumentStatus.Superseded, DocumentStatus.Active), (_archive.FindDocument(old)!.Status, _archive.FindDocument(newer)!.Status));
        Assert.Equal((0, 1), (Total("\"旧版回传测试\""), Total("\"新版回传测试\"")));

        var reverted = _archive.IngestUpload("初稿.txt", draft);

        Assert.Equal(FileOutcomeStatus.Superseded, reverted.Status);
        Assert.Equal((DocumentStatus.Active, DocumentStatus.Superseded), (_archive.FindDocument(old)!.Status, _archive.FindDocument(newer)!.Status));
        Assert.Equal((1, 0), (Total("\"旧版回传测试\""), Total("\"新版回传测试\"")));
    }

    private byte[] Bulletin(string addendum) => _bulletin.Concat(Encoding.UTF8.GetBytes($"\n{addendum}\n")).ToArray();

    private IEnumerable<string> DocumentsFound(string query) =>
        _archive.Search(new SearchRequest { Query = query }).Hits.Select(h => h.DocumentId).Distinct();

    [Fact]
    public void Deleting_a_wrong_new_version_makes_the_version_it_replaced_current_again()
    {
        var first = _archive.IngestUpload("第8期.txt", _bulletin).DocumentId!;
        var wrong = _archive.IngestUpload("第8期.txt", Bulletin("（误传）")).DocumentId!;
        Assert.Equal([wrong], DocumentsFound("网格化管理"));

        Assert.True(_archive.DeleteDocument(wrong));

        Assert.Equal(DocumentStatus.Active, _archive.FindDocument(first)!.Status);
        Assert.Equal([first], DocumentsFound("网格化管理"));
        // The name leads to it again: the next version under that name replaces it.
        var next = _archive.IngestUpload("第8期.txt", Bulletin("（补发）"));
        Assert.Equal(FileOutcomeStatus.Superseded, next.Status);
        Assert.Equal([next.DocumentId!], DocumentsFound("网格化管理"));
    }

    [Fact]
    public void A_version_deleted_from_history_passes_what_it_replaced_on_to_its_successor()
    {
        var first = _archive.IngestUpload("第8期.txt", _bulletin).DocumentId!;
        var second = _archive.IngestUpload("第8期.txt", Bulletin("（第二版）")).DocumentId!;
        var third = _archive.IngestUpload("第8期.txt", Bulletin("（第三版）")).DocumentId!;

        Assert.True(_archive.DeleteDocument(second));
        Assert.Equal([third], DocumentsFound("网格化管理"));
        Assert.True(_archive.DeleteDocument(third));

        Assert.Equal([first], DocumentsFound("网格化管理"));
    }

    [Fact]
    public void A_deleted_new_version_restored_comes_back_replaced_by_the_version_it_had_replaced()
    {
        var first = _archive.IngestUpload("第8期.txt", _bulletin).DocumentId!;
        var wrongBytes = Bulletin("（误传）");
        var wrong = _archive.IngestUpload("第8期.txt", wrongBytes).DocumentId!;
        Assert.True(_archive.DeleteDocument(wrong));

        _archive.RestoreDocument(wrong, wrongBytes);

        Assert.Equal(DocumentStatus.Active, _archive.FindDocument(first)!.Status);
        Assert.Equal(DocumentStatus.Superseded, _archive.FindDocument(wrong)!.Status);
        Assert.Equal([first], DocumentsFound("网格化管理"));
    }

    [Fact]
    public void Two_issues_of_other_years_are_two_documents_whatever_text_they_share()
    {
        var issue2022 = _archive.IngestUpload("第8期.txt", _bulletin).DocumentId!;
        // The same issue number a year later, its text the same: numbers that differ are two documents.
        var text = Encoding.UTF8.GetString(_bulletin).Replace("2022 年 3 月 10 日", "2023 年 3 月 10 日", StringComparison.Ordinal);
        var outcome = _archive.IngestUpload("第8期.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal(FileOutcomeStatus.New, outcome.Status);
        Assert.Equal(DocumentStatus.Active, _archive.FindDocument(issue2022)!.Status);
    }
}
