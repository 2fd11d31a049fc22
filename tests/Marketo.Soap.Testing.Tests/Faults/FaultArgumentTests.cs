namespace Marketo.Soap.Testing.Tests.Faults;

/// <summary>A fault or rule that could not work is refused when it is made, not when a call meets it.</summary>
public class FaultArgumentTests
{
    private readonly FaultInjector _faults = new();

    [Fact]
    public void Inject_NullFault_ThrowsAndAddsNoRule()
    {
        var error = Assert.Throws<ArgumentNullException>(() => _faults.Inject(null!));

        Assert.Equal("fault", error.ParamName);
        Assert.Empty(_faults.Rules);
    }

    [Fact]
    public void Inject_CountZero_ThrowsAndAddsNoRule()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => _faults.Inject(InjectedFault.MarketoFault(20011), count: 0));

        Assert.Equal("count", error.ParamName);
        Assert.Empty(_faults.Rules);
    }

    [Fact]
    public void InjectWhen_NullPredicate_ThrowsAndAddsNoRule()
    {
        var error = Assert.Throws<ArgumentNullException>(() => _faults.InjectWhen(InjectedFault.MarketoFault(20011), null!));

        Assert.Equal("when", error.ParamName);
        Assert.Empty(_faults.Rules);
    }

    [Fact]
    public void InjectAlways_NullFault_ThrowsAndAddsNoRule()
    {
        var error = Assert.Throws<ArgumentNullException>(() => _faults.InjectAlways(null!));

        Assert.Equal("fault", error.ParamName);
        Assert.Empty(_faults.Rules);
    }

    [Theory]
    [InlineData(399)]
    [InlineData(600)]
    public void HttpError_StatusOutsideTheErrorRange_Throws(int status)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => InjectedFault.HttpError(status));
    }

    [Fact]
    public void HttpError_HighestErrorStatus_IsMade()
    {
        Assert.Equal(599, InjectedFault.HttpError(599).HttpStatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void HttpError_NoContentType_Throws(string? contentType)
    {
        Assert.ThrowsAny<ArgumentException>(() => InjectedFault.HttpError(500, contentType!));
    }

    [Fact]
    public void Hold_NullGate_Throws()
    {
        var error = Assert.Throws<ArgumentNullException>(() => InjectedFault.Hold(null!));

        Assert.Equal("gate", error.ParamName);
    }

    [Fact]
    public void ApplyThen_NullAnswer_Throws()
    {
        var error = Assert.Throws<ArgumentNullException>(() => InjectedFault.ApplyThen(null!));

        Assert.Equal("answer", error.ParamName);
    }
}
