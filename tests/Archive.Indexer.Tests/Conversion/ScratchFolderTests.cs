using Archive.Indexer.Text;
using Archive.Indexer.Text.Conversion;

namespace Archive.Indexer.Tests.Conversion;

/// <summary>An archive process killed in the middle of a file cannot delete its scratch folder: the next one does.</summary>
public sealed class ScratchFolderTests
{
    [Fact]
    public void The_old_scratch_folder_of_a_process_that_no_longer_runs_is_deleted_by_the_next()
    {
        var abandoned = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"archive-{int.MaxValue}-{Guid.NewGuid():N}")).FullName;
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(abandoned, "ocr-1")).FullName, "document.pdf"), "%PDF-");
        Directory.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddDays(-1));
        // A process id this process cannot see may be another container's, its folder fresh and in use.
        var recent = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"archive-{int.MaxValue}-{Guid.NewGuid():N}")).FullName;
        var ours = Path.Combine(Path.GetTempPath(), $"archive-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(ours);

        using (new DocumentTools(new ConversionOptions()))
        {
            Assert.False(Directory.Exists(abandoned));
            Assert.True(Directory.Exists(recent));
            Assert.True(Directory.Exists(ours));
        }

        Directory.Delete(ours);
        Directory.Delete(recent);
    }
}
