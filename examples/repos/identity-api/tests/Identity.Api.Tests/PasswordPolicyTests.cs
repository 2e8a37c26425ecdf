using Identity.Api;
using Xunit;

public class PasswordPolicyTests
{
    [Theory]
    [InlineData("short", false)]
    [InlineData("correct horse battery staple", true)]
    public void Validates_length_and_entropy(string password, bool expected) =>
        Assert.Equal(expected, PasswordPolicy.IsAcceptable(password));
}
