using Spectre.Console.Cli;

namespace Parley.Cli.Rendering;

/// <summary>Tells the <see cref="OutputChannel"/> which command runs, so every JSON document names it.</summary>
/// <param name="output">The channel of this run.</param>
internal sealed class CommandNameInterceptor(OutputChannel output) : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings) => output.Command = context.Name;
}
