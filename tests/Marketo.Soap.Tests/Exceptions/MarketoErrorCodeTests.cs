namespace Marketo.Soap.Tests.Exceptions;

/// <summary>A code is its number: equal numbers are equal codes, and the known ones carry Marketo's name.</summary>
public class MarketoErrorCodeTests
{
    [Fact]
    public void Equality_SameNumber_IsEqualByEveryMeans()
    {
        MarketoErrorCode left = new(20023);
        MarketoErrorCode right = 20023;

        Assert.True(left == right);
        Assert.False(left != right);
        Assert.True(left.Equals(right));
        Assert.True(left.Equals((object)right));
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Equality_DifferentNumbers_IsUnequalByEveryMeans()
    {
        MarketoErrorCode left = new(20023);
        MarketoErrorCode right = new(20024);

        Assert.False(left == right);
        Assert.True(left != right);
        Assert.False(left.Equals(right));
        Assert.False(left.Equals((object)right));
    }

    [Fact]
    public void Equals_ObjectOfAnotherType_IsFalse()
    {
        Assert.False(new MarketoErrorCode(20023).Equals((object)20023));
        Assert.False(new MarketoErrorCode(20023).Equals(null));
    }

    [Fact]
    public void GetHashCode_DifferentNumbers_TellsThemApartInASet()
    {
        // The hash is the number itself: codes used as dictionary keys spread as their numbers do.
        var codes = new HashSet<MarketoErrorCode> { 20013, 20014, 20014 };

        Assert.Equal(2, codes.Count);
        Assert.Equal(20014, new MarketoErrorCode(20014).GetHashCode());
    }

    [Theory]
    [InlineData(10001, "Internal Error")]
    [InlineData(20011, "Internal Error")]
    [InlineData(20012, "Request Not Understood")]
    [InlineData(20013, "Access Denied")]
    [InlineData(20014, "Authentication failed")]
    [InlineData(20015, "Request Limit Exceeded")]
    [InlineData(20016, "Request Expired")]
    [InlineData(20017, "Invalid Request")]
    [InlineData(20019, "Unsupported Operation")]
    [InlineData(20022, "Time range exceeded")]
    [InlineData(20023, "Rate Limit Exceeded")]
    [InlineData(20024, "Concurrency Limit Exceeded")]
    [InlineData(20101, "Lead Key Required")]
    [InlineData(20102, "Lead Key Bad")]
    [InlineData(20103, "Lead Not Found")]
    [InlineData(20104, "Lead Detail Required")]
    [InlineData(20105, "Lead Attribute Bad")]
    [InlineData(20106, "Lead Sync Failed")]
    [InlineData(20107, "Activity Key Bad")]
    [InlineData(20108, "Lead Owner Not Found")]
    [InlineData(20109, "Parameter Required")]
    [InlineData(20110, "Bad Parameter")]
    [InlineData(20111, "List Not Found")]
    [InlineData(20113, "Campaign Not Found")]
    [InlineData(20114, "Bad Parameter")]
    [InlineData(20122, "Bad Stream Position")]
    [InlineData(20123, "Stream at End")]
    public void Name_KnownCode_IsMarketosDocumentedName(int value, string name)
    {
        var code = new MarketoErrorCode(value);

        Assert.Equal(name, code.Name);
        Assert.Equal($"{value} ({name})", code.ToString());
    }

    [Fact]
    public void Name_UnknownCode_IsNullAndToStringIsTheBareNumber()
    {
        var code = new MarketoErrorCode(29999);

        Assert.Null(code.Name);
        Assert.Equal("29999", code.ToString());
    }

    [Theory]
    [InlineData(10001, true)]
    [InlineData(20011, true)]
    [InlineData(20016, true)]
    [InlineData(20023, true)]
    [InlineData(20024, true)]
    [InlineData(20012, false)]
    [InlineData(20013, false)]
    [InlineData(20014, false)]
    [InlineData(20015, false)]
    [InlineData(20017, false)]
    [InlineData(20103, false)]
    public void IsRetriable_Code_IsTrueOnlyForFailuresARepeatCanFix(int value, bool retriable) =>
        Assert.Equal(retriable, new MarketoErrorCode(value).IsRetriable);

    [Fact]
    public void StaticMembers_EachKnownCode_HasItsNumber()
    {
        var expected = new Dictionary<int, MarketoErrorCode>
        {
            [10001] = MarketoErrorCode.InternalError,
            [20011] = MarketoErrorCode.ServiceInternalError,
            [20012] = MarketoErrorCode.RequestNotUnderstood,
            [20013] = MarketoErrorCode.AccessDenied,
            [20014] = MarketoErrorCode.AuthenticationFailed,
            [20015] = MarketoErrorCode.RequestLimitExceeded,
            [20016] = MarketoErrorCode.RequestExpired,
            [20017] = MarketoErrorCode.InvalidRequest,
            [20019] = MarketoErrorCode.UnsupportedOperation,
            [20022] = MarketoErrorCode.TimeRangeExceeded,
            [20023] = MarketoErrorCode.RateLimitExceeded,
            [20024] = MarketoErrorCode.ConcurrencyLimitExceeded,
            [20101] = MarketoErrorCode.LeadKeyRequired,
            [20102] = MarketoErrorCode.LeadKeyBad,
            [20103] = MarketoErrorCode.LeadNotFound,
            [20104] = MarketoErrorCode.LeadDetailRequired,
            [20105] = MarketoErrorCode.LeadAttributeBad,
            [20106] = MarketoErrorCode.LeadSyncFailed,
            [20109] = MarketoErrorCode.ParameterRequired,
            [20110] = MarketoErrorCode.BadParameter,
        };

        Assert.All(expected, pair => Assert.Equal(pair.Key, pair.Value.Value));
    }
}
