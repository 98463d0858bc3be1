using System.ComponentModel;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Settings of commands that read one scenario file.</summary>
public class FileSettings : GlobalSettings
{
    /// <summary>The scenario file.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("The scenario file (.yaml).")]
    public string File { get; init; } = string.Empty;
}
