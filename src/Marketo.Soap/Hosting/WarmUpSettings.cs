namespace Marketo.Soap.Hosting;

/// <summary>Whether the host warms the process up for Marketo calls when it starts.</summary>
internal sealed class WarmUpSettings
{
    public bool Enabled { get; set; } = true;
}
