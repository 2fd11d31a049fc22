using System.Runtime.CompilerServices;
using Marketo.Soap.Models;

namespace Marketo.Soap.Tests.TestSupport;

/// <summary>Generated lead inputs for bulk tests.</summary>
internal static class Leads
{
    /// <summary>Leads keyed by email <c>lead{n}@example.test</c>, n counting from 0.</summary>
    public static List<LeadRecord> Numbered(int count) =>
        Enumerable.Range(0, count).Select(n => new LeadRecord { Email = $"lead{n}@example.test" }).ToList();

    /// <summary>A stream of numbered leads that counts how many have been read.</summary>
    public static async IAsyncEnumerable<LeadRecord> Counted(int count, StrongBox<int> read)
    {
        for (var n = 0; n < count; n++)
        {
            read.Value++;
            yield return new LeadRecord { Email = $"lead{n}@example.test" };
            await Task.Yield();
        }
    }
}
