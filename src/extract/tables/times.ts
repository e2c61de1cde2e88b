/** Offsets from UTC in minutes of the zones news text names ('Moscow time', 'GMT', 'EST'). */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  gmt: 0,
  utc: 0,
  z: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  moscow: 180,
  kyiv: 120,
  kiev: 120,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  ist: 330,
  jst: 540,
};

/** Words of relative time with their length in minutes ('five hours later'). */
export const DURATION_UNITS: Readonly<Record<string, number>> = {
  minute: 1,
  minutes: 1,
  hour: 60,
  hours: 60,
  day: 1440,
  days: 1440,
};

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
