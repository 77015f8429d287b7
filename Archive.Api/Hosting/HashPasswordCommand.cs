using System.Text;
using Archive.Web.Editing;

namespace Archive.Api.Hosting;

/// <summary>
/// `hash-password [--name NAME]`, run by the service's own program (<c>dotnet run --project Archive.Api -- hash-password</c>,
/// or <c>dotnet Archive.Api.dll hash-password</c> where it is deployed) instead of starting it: reads an editor's
/// password (typed twice without echo, or one line from standard input) and prints its PBKDF2 hash, and the setting
/// that makes the account, for appsettings.json or the environment. The password itself is never printed or stored.
/// </summary>
internal static class HashPasswordCommand
{
    public const string Verb = "hash-password";
    private const string Usage = "usage: hash-password [--name NAME]  (the hash of an editor's password for Archive:Editors, PBKDF2-SHA256)";

    /// <param name="args">What follows the verb.</param>
    public static int Run(IReadOnlyList<string> args)
    {
        var account = "NAME";
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--name" when i + 1 < args.Count:
                    account = args[++i];
                    break;
                case var named when named.StartsWith("--name=", StringComparison.Ordinal):
                    account = named["--name=".Length..];
                    break;
                case "-h" or "--help" or "-?":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    Console.Error.WriteLine($"error: {(args[i] == "--name" ? "--name needs the account's name" : $"unknown argument '{args[i]}'")}");
                    Console.Error.WriteLine(Usage);
                    return 1;
            }
        }
        string? password;
        if (Console.IsInputRedirected)
        {
            password = Console.In.ReadLine();
        }
        else
        {
            password = ReadHidden("password: ");
            if (ReadHidden("again: ") != password)
            {
                Console.Error.WriteLine("error: the two passwords differ; nothing was made");
                return 1;
            }
        }
        if (password is null || password.Length < PasswordHash.MinimumPasswordLength)
        {
            Console.Error.WriteLine($"error: a password needs at least {PasswordHash.MinimumPasswordLength} characters");
            return 1;
        }
        var hash = PasswordHash.Create(password);
        Console.WriteLine(hash);
        Console.Error.WriteLine($"appsettings.json: \"Archive\": {{ \"Editors\": {{ \"{account}\": \"{hash}\" }} }}");
        Console.Error.WriteLine($"environment:      ARCHIVE__EDITORS__{account}='{hash}'");
        return 0;
    }

    /// <summary>A line typed at the terminal without showing it.</summary>
    private static string ReadHidden(string prompt)
    {
        Console.Error.Write(prompt);
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0) typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
        Console.Error.WriteLine();
        return typed.ToString();
    }
}
