import Testing
@testable import AgreementKit
