/** The skill id the simulator stamps on requests when none is given (the skill must be told the same). */
export const defaultSkillId = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
