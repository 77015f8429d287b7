using System.CommandLine;
using System.Text;
using Archive.Indexer.Curation;

namespace Archive.Indexer.Cli;

/// <summary>
/// `archive hash-password [--name NAME]`: reads an editor's password (typed twice without echo, or one line from
/// standard input) and prints its PBKDF2 hash, and the setting that makes the account, for appsettings.json or the
/// environment. The password itself is never printed or stored.
/// </summary>
internal static class HashPasswordCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "The editor's account name, to print the setting with it", DefaultValueFactory = _ => "NAME" };
        var command = new Command("hash-password", "Make the hash of an editor's password for Archive:Editors (PBKDF2-SHA256)") { name };
        command.SetAction(parse =>
        {
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
            var account = parse.GetValue(name)!;
            Console.WriteLine(hash);
            Console.Error.WriteLine($"appsettings.json: \"Archive\": {{ \"Editors\": {{ \"{account}\": \"{hash}\" }} }}");
            Console.Error.WriteLine($"environment:      ARCHIVE__EDITORS__{account}='{hash}'");
            return 0;
        });
        return command;
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
