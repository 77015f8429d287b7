using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Archive.Api.Tests;

/// <summary>The service as people start it: its own process, from its own folder or another.</summary>
public sealed class ProgramProcessTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Started_from_any_folder_it_reads_its_settings_listens_where_told_and_logs_no_secret(bool fromProgramFolder)
    {
        var folder = Directory.CreateTempSubdirectory("archive-process-").FullName;
        var port = FreePort();
        const string secret = "query-key-0123456789-abcdef";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = fromProgramFolder ? AppContext.BaseDirectory : folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Archive.Api.dll"));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ARCHIVE__SEEDSAMPLES"] = "false";
        if (fromProgramFolder) start.Environment["ARCHIVE__DATADIRECTORY"] = Path.Combine(folder, "data");
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        var output = new StringBuilder();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var ready = false;
            for (var attempt = 0; attempt < 120 && !ready && !process.HasExited; attempt++)
            {
                try
                {
                    ready = (await client.GetAsync("/api/v1/health/ready")).StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                }
                if (!ready) await Task.Delay(500);
            }
            Assert.True(ready, $"the service did not answer on port {port}: {output}");

            using var refused = await client.GetAsync($"/api/v1/search?q=x&api_key={secret}");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            await client.GetAsync("/api/v1/search?q=x");
            await Task.Delay(500);

            string log;
            lock (output) log = output.ToString();
            Assert.DoesNotContain(secret, log);
            Assert.Contains("api_key=***", log);
            // appsettings.json (beside the program) quiets Microsoft.AspNetCore to warnings; read from here, it would not be.
            Assert.DoesNotContain("Executing endpoint", log);
            Assert.True(Directory.Exists(Path.Combine(folder, "data")), "the data folder is relative to where the service was started, or where configured");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }
}
