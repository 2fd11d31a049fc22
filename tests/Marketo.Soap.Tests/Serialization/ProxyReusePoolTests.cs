using Marketo.Soap.Operations;
using Marketo.Soap.Tests.TestSupport;

namespace Marketo.Soap.Tests.Serialization;

/// <summary>The idle batches are shared by every call of the process, so these tests run alone.</summary>
[Collection(ProcessWidePoolCollection.Name)]
public class ProxyReusePoolTests
{
    [Fact]
    public void Rent_AfterReturn_GivesTheReturnedBatchBack()
    {
        // Earlier tests' calls may have left batches idle; renting as many as the pool keeps
        // empties it, so the one returned next is the one handed out next.
        var earlier = Enumerable.Range(0, ProxyReuse<LeadProxyBatch>.MaxIdle).Select(_ => ProxyReuse<LeadProxyBatch>.Rent()).ToList();
        var batch = ProxyReuse<LeadProxyBatch>.Rent();
        ProxyReuse<LeadProxyBatch>.Return(batch);

        var again = ProxyReuse<LeadProxyBatch>.Rent();

        Assert.Same(batch, again);
        earlier.ForEach(ProxyReuse<LeadProxyBatch>.Return);
    }
}
