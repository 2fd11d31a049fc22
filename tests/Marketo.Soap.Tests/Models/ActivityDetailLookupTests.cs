using Marketo.Soap.Models;

namespace Marketo.Soap.Tests.Models;

/// <summary>Reading an activity's or a change's details by name.</summary>
public class ActivityDetailLookupTests
{
    [Fact]
    public void GetValue_NullName_ThrowsArgumentNull()
    {
        // A null name is a caller's mistake, not a detail the activity lacks.
        var activity = MarketoSoapModelFactory.LeadActivity(attributes: [new("Webpage URL", "/pricing.html")]);

        Assert.Throws<ArgumentNullException>(() => activity.GetValue(null!));
    }
}
