"""Fake credentials the sandbox emulators accept. Obviously fake, public, and useless anywhere else.

`coursewright sandbox` prints the first set as environment lines; the others exist so tests can
reach each platform's refusal paths (another tenant, an unpaid plan, an exhausted quota).
"""

from __future__ import annotations

from typing import Final

# ibl.ai: a 64-hex-character platform key bound to one org and one user.
IBLAI_ORG: Final = "sandbox-org"
IBLAI_USER_ID: Final = "sandbox-user"
IBLAI_API_KEY: Final = "5a4db0c0" + "0" * 48 + "fa4e0001"
# The same user's numeric id; ibl.ai's user routes may name a user by username or by this number.
IBLAI_USER_NUMERIC_ID: Final = 1001

# A valid key of a non-admin user in the same org: course-creation routes answer 403.
IBLAI_LEARNER_USER_ID: Final = "sandbox-learner"
IBLAI_LEARNER_API_KEY: Final = "5a4db0c0" + "0" * 48 + "fa4e0003"

# A valid ibl.ai key bound to a different org and user: using it on sandbox-org gets 403.
IBLAI_OTHER_ORG: Final = "other-org"
IBLAI_OTHER_USER_ID: Final = "other-user"
IBLAI_OTHER_API_KEY: Final = "5a4db0c0" + "0" * 48 + "fa4e0002"

# TutorFlow platform key.
TUTORFLOW_API_KEY: Final = "tf_platform_sandbox_fake_0001"
# A TutorFlow key that was revoked: the emulator answers 401 platform_api_key_revoked.
TUTORFLOW_REVOKED_API_KEY: Final = "tf_platform_sandbox_fake_revoked"
# A TutorFlow key past its expiry date: 401 platform_api_key_expired.
TUTORFLOW_EXPIRED_API_KEY: Final = "tf_platform_sandbox_fake_expired"
# A workspace with too few credits for another course: creates answer 402 platform_insufficient_credits.
TUTORFLOW_NO_CREDIT_API_KEY: Final = "tf_platform_sandbox_fake_nocredit"
# A workspace that is suspended: every keyed request answers 403 platform_workspace_suspended.
TUTORFLOW_SUSPENDED_API_KEY: Final = "tf_platform_sandbox_fake_suspended"

# LearningStudio keys: a paid plan with credits, an unpaid plan (403 PAID_PLAN_REQUIRED on every
# request) and a paid plan whose monthly credits are used up (403 USAGE_LIMIT_EXCEEDED_PLAN on create).
LEARNINGSTUDIO_API_KEY: Final = "ls_sandbox_fake_0001"
LEARNINGSTUDIO_UNPAID_API_KEY: Final = "ls_sandbox_fake_unpaid"
LEARNINGSTUDIO_EXHAUSTED_API_KEY: Final = "ls_sandbox_fake_exhausted"
