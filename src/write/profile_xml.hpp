// inspect --profile-out (issue 14): an import profile for what planbridge found in a plan —
// each column's printed heading under the field it was read as, the status words it read, and
// (as comments) the colours it read and the columns it kept — for the user to edit and pass
// back with --profile. Valid against templates/schema/profile.xsd as written.
#pragma once
#include <string>

#include "read/report.hpp"

namespace planbridge {

std::string profile_xml(const ImportResult& result, const std::string& name);

}  // namespace planbridge
