using Marketo.Soap.Models;
using Marketo.Soap.Operations;
using Proxy = Marketo.Soap.Generated;

namespace Marketo.Soap.Tests.Operations.Leads;

public class ActivityMappingTests
{
    [Fact]
    public void ActivityType_EveryValue_HasTheProxysNameAtTheSameNumber()
    {
        // ActivityMapping converts by number; that is only right while both enums list the same names in the same order.
        Assert.Equal(Enum.GetNames<Proxy.ActivityType>(), Enum.GetNames<ActivityType>());
        Assert.All(Enum.GetValues<ActivityType>(), type => Assert.Equal(type.ToString(), ActivityMapping.ToProxy(type).ToString()));
    }

    [Fact]
    public void ActivityType_HasTheSchemas57Values()
    {
        Assert.Equal(57, Enum.GetValues<ActivityType>().Length);
    }
}
