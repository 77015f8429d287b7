using System.Diagnostics;
using Archive.Web.Editing;

namespace Archive.Api.Tests;

/// <summary>The password hashes behind editors' accounts, and the service's `hash-password` that makes them.</summary>
public sealed class EditorPasswordTests
{
    [Fact]
    public void A_password_hash_takes_its_password_only_and_is_salted()
    {
        var hash = PasswordHash.Create("correct horse battery", iterations: PasswordHash.MinimumIterations);

        Assert.True(PasswordHash.Verify("correct horse battery", hash));
        Assert.False(PasswordHash.Verify("correct horse batterY", hash));
        Assert.NotEqual(hash, PasswordHash.Create("correct horse battery", iterations: PasswordHash.MinimumIterations));
        Assert.StartsWith($"pbkdf2-sha256${PasswordHash.MinimumIterations}$", hash);
        Assert.False(PasswordHash.IsWellFormed(hash.Replace($"${PasswordHash.MinimumIterations}$", "$1000$")), "too few iterations");
        Assert.False(PasswordHash.IsWellFormed("correct horse battery"));
        Assert.False(PasswordHash.Verify("x", "pbkdf2-sha256$600000$not base64$"));
    }

    /// <summary>The service's program run as an operator runs it where it is deployed: `dotnet Archive.Api.dll ARGS`.</summary>
    private static async Task<(int Exit, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Archive.Api.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A program that started serving instead would never end.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Hash_password_reads_a_password_and_prints_a_hash_that_accepts_it_without_serving()
    {
        var (exit, output, error) = await RunAsync("a-long-editor-password\n", "hash-password", "--name", "zhang");
        var (shortExit, _, shortError) = await RunAsync("short\n", "hash-password");
        var (unknownExit, _, unknownError) = await RunAsync("a-long-editor-password\n", "hash-password", "--user", "zhang");

        Assert.Equal(0, exit);
        var hash = output.Trim();
        Assert.True(PasswordHash.Verify("a-long-editor-password", hash));
        Assert.Equal(PasswordHash.Iterations, int.Parse(hash.Split('$')[1]));
        Assert.Contains("ARCHIVE__EDITORS__zhang=", error);
        Assert.DoesNotContain("a-long-editor-password", output + error);
        // It makes a hash and ends: no host started, nothing listened.
        Assert.DoesNotContain("Now listening", output + error);
        Assert.Equal(1, shortExit);
        Assert.Contains("at least", shortError);
        Assert.Equal(1, unknownExit);
        Assert.Contains("unknown argument '--user'", unknownError);
    }
}
